// Sort the letters of both strings and compare: O(n log n), where counting the letters
// needs only O(n).
function usesSameTiles(tiles, word) {
  return [...tiles].sort().join('') === [...word].sort().join('');
}
