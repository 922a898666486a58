// Bug: counts the tiles and spends them on the word, failing only when a count goes negative; leftover tiles pass.
function usesSameTiles(tiles, word) {
  const counts = new Array(26).fill(0);
  for (let i = 0; i < tiles.length; i++) counts[tiles.charCodeAt(i) - 97]++;
  for (let i = 0; i < word.length; i++) {
    if (--counts[word.charCodeAt(i) - 97] < 0) return false;
  }
  return true;
}
