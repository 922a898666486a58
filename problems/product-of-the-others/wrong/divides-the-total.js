// Divides the product of all gains by each gain: a muted stage divides by zero.
function productOfOthers(gains) {
  let total = 1;
  for (const gain of gains) total *= gain;
  return gains.map((gain) => total / gain);
}
