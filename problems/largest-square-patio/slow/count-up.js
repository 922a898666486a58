// Right, but tries sides 1, 2, 3, … one at a time: O(√n) steps, about 95 million for the largest piles.
function patioSide(tiles) {
  let side = 0;
  while ((side + 1) * (side + 1) <= tiles) side++;
  return side;
}
