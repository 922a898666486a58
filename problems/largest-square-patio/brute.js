// Count the side up while the next square still fits: O(√n).
function patioSide(tiles) {
  let side = 0;
  while ((side + 1) * (side + 1) <= tiles) side++;
  return side;
}
