// Right, but quadratic. endingAt[i] counts the different words whose last tile is i, where
// a word is always built from the latest copy of each letter: tile i alone, or tile i
// after a word ending at an earlier tile j whose letter does not appear again before i.
// Summing over every earlier tile is O(n²).
function countWords(letters) {
  const MOD = 1_000_000_007;
  const n = letters.length;
  const nextSame = new Array(n).fill(n);
  const seenAt = new Map();
  for (let i = n - 1; i >= 0; i--) {
    if (seenAt.has(letters[i])) nextSame[i] = seenAt.get(letters[i]);
    seenAt.set(letters[i], i);
  }
  const endingAt = new Array(n).fill(0);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let count = 1;
    for (let j = 0; j < i; j++) {
      if (nextSame[j] >= i) count = (count + endingAt[j]) % MOD;
    }
    endingAt[i] = count;
    if (nextSame[i] === n) total = (total + count) % MOD;
  }
  return total;
}
