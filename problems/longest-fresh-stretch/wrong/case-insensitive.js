// Bug: lower-cases the keys first, so "a" and "A" count as the same key.
function longestFreshStretch(keys) {
  const s = keys.toLowerCase();
  const last = new Map();
  let left = 0;
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (last.has(c) && last.get(c) >= left) left = last.get(c) + 1;
    last.set(c, i);
    best = Math.max(best, i - left + 1);
  }
  return best;
}
