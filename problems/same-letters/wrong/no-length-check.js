// Spends the word's letters against the tiles but never checks that every tile was used:
// a word shorter than the tiles passes.
function usesSameTiles(tiles, word) {
  const counts = new Map();
  for (const letter of tiles) counts.set(letter, (counts.get(letter) ?? 0) + 1);
  for (const letter of word) {
    const left = counts.get(letter) ?? 0;
    if (left === 0) return false;
    counts.set(letter, left - 1);
  }
  return true;
}
