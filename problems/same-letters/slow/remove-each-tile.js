// Right, but finds and cuts each tile out of the rest of the word: O(n²).
function usesSameTiles(tiles, word) {
  let rest = word;
  for (const letter of tiles) {
    const at = rest.indexOf(letter);
    if (at < 0) return false;
    rest = rest.slice(0, at) + rest.slice(at + 1);
  }
  return rest.length === 0;
}
