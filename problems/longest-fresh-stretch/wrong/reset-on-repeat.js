// Bug: on a repeat starts a fresh window at the current key, instead of just after the earlier copy ("dvdf").
function longestFreshStretch(keys) {
  let window = new Set();
  let best = 0;
  for (const c of keys) {
    if (window.has(c)) window = new Set();
    window.add(c);
    best = Math.max(best, window.size);
  }
  return best;
}
