// Bug: remembers last positions in an Int32Array of 26 indexed by code - 97, so keys outside a-z (space, capitals, digits) are never seen as repeats.
function longestFreshStretch(keys) {
  const last = new Int32Array(26).fill(-1);
  let left = 0;
  let best = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys.charCodeAt(i) - 97;
    const prev = last[k];
    if (prev !== undefined && prev >= left) left = prev + 1;
    last[k] = i;
    best = Math.max(best, i - left + 1);
  }
  return best;
}
