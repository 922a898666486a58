// Keeps a side only if its square is strictly below the pile, so an exact square such as 36 gives 5.
function patioSide(tiles) {
  let low = 0;
  let high = Math.min(tiles, 2 ** 27);
  while (low < high) {
    const middle = low + Math.ceil((high - low) / 2);
    if (middle * middle < tiles) low = middle;
    else high = middle - 1;
  }
  return low;
}
