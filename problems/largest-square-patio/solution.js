// Binary search for the last side whose square fits. The answer is always in [low, high]:
// low's square fits, and no side above high can (2²⁷ squared is 2⁵⁴, more than any pile).
// Below 2⁵³ every square is exact, and a square above it can only be compared as too big,
// so plain numbers are safe. About 27 steps for the largest piles: O(log n).
function patioSide(tiles) {
  let low = 0;
  let high = Math.min(tiles, 2 ** 27);
  while (low < high) {
    const middle = low + Math.ceil((high - low) / 2);
    if (middle * middle <= tiles) low = middle;
    else high = middle - 1;
  }
  return low;
}
