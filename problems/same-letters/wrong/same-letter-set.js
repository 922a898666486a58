// Checks the lengths and which letters occur, but not how many times each does.
function usesSameTiles(tiles, word) {
  if (tiles.length !== word.length) return false;
  const inTiles = new Set(tiles);
  const inWord = new Set(word);
  if (inTiles.size !== inWord.size) return false;
  for (const letter of inTiles) {
    if (!inWord.has(letter)) return false;
  }
  return true;
}
