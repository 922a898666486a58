// Bug: checks equal lengths and that every letter of each string occurs in the other, ignoring how many times.
function usesSameTiles(tiles, word) {
  if (tiles.length !== word.length) return false;
  for (const c of word) if (!tiles.includes(c)) return false;
  for (const c of tiles) if (!word.includes(c)) return false;
  return true;
}
