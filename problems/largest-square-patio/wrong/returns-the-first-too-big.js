// Searches for the first side whose square is too big and forgets to step back one.
function patioSide(tiles) {
  let low = 0;
  let high = Math.min(tiles, 2 ** 27) + 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (middle * middle > tiles) high = middle;
    else low = middle + 1;
  }
  return low;
}
