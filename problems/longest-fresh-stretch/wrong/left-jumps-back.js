// Bug: on a repeat sets left = last[c] + 1 without taking the max with left, so the window can move back ("abba").
function longestFreshStretch(keys) {
  const last = new Map();
  let left = 0;
  let best = 0;
  for (let i = 0; i < keys.length; i++) {
    const c = keys[i];
    if (last.has(c)) left = last.get(c) + 1;
    last.set(c, i);
    best = Math.max(best, i - left + 1);
  }
  return best;
}
