// Bug: compares lengths and the sums of character codes, so "ad" and "bc" look the same.
function usesSameTiles(tiles, word) {
  if (tiles.length !== word.length) return false;
  let sum = 0;
  for (let i = 0; i < tiles.length; i++) sum += tiles.charCodeAt(i) - word.charCodeAt(i);
  return sum === 0;
}
