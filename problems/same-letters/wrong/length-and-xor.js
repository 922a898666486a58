// Bug: compares lengths and the XOR of all character codes, so pairs of letters cancel out ("aa" vs "bb").
function usesSameTiles(tiles, word) {
  if (tiles.length !== word.length) return false;
  let x = 0;
  for (let i = 0; i < tiles.length; i++) x ^= tiles.charCodeAt(i) ^ word.charCodeAt(i);
  return x === 0;
}
