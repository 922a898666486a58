// Takes the middle with (low + high) >> 1, a 32-bit operation: piles of 2³¹ tiles or more turn the middle negative.
function patioSide(tiles) {
  let low = 0;
  let high = tiles;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (middle * middle <= tiles) low = middle;
    else high = middle - 1;
  }
  return low;
}
