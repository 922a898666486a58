// Converts to ordinary base 26 with A as 0, so aisle 1 is "B" and aisle 26 is "BA".
function aisleLabel(aisle) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let label = '';
  let rest = aisle;
  do {
    label = alphabet[rest % 26] + label;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return label;
}
