// Count each letter up for the tiles and down for the word: every count must end at zero.
// 26 counters, so O(1) extra space.
function usesSameTiles(tiles, word) {
  if (tiles.length !== word.length) return false;
  const counts = new Array(26).fill(0);
  const a = 'a'.charCodeAt(0);
  for (let i = 0; i < tiles.length; i++) {
    counts[tiles.charCodeAt(i) - a]++;
    counts[word.charCodeAt(i) - a]--;
  }
  return counts.every((count) => count === 0);
}
