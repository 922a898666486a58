// Takes the floating-point root and corrects it upwards if the next side fits, but never downwards when it rounded up.
function patioSide(tiles) {
  let side = Math.floor(tiles ** 0.5);
  if ((side + 1) * (side + 1) <= tiles) side++;
  return side;
}
