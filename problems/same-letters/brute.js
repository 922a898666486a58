// Sort the letters of both strings and compare: O(n log n).
function usesSameTiles(tiles, word) {
  return [...tiles].sort().join('') === [...word].sort().join('');
}
