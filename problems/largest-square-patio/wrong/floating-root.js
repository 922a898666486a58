// Uses Math.floor(Math.sqrt(tiles)): from 2⁵² up, the floating-point root of k² − 1 rounds up to k.
function patioSide(tiles) {
  return Math.floor(Math.sqrt(tiles));
}
