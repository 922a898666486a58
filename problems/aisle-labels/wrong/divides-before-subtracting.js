// Subtracts 1 for the letter but divides the number it had before, so 26 (Z) comes out "AZ".
function aisleLabel(aisle) {
  let label = '';
  let rest = aisle;
  while (rest > 0) {
    label = String.fromCharCode(65 + ((rest - 1) % 26)) + label;
    rest = Math.floor(rest / 26);
  }
  return label;
}
