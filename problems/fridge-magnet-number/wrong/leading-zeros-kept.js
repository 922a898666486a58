// Right order, but returns "000" when every magnet shows 0.
function biggestNumber(magnets) {
  return magnets
    .map(String)
    .sort((a, b) => (b + a > a + b ? 1 : b + a < a + b ? -1 : 0))
    .join('');
}
