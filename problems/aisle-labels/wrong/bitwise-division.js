// Divides with `/ 26 | 0`, a 32-bit operation: quotients from 2³¹ up (aisles past about 5.6·10¹⁰) wrap around.
function aisleLabel(aisle) {
  let label = '';
  let rest = aisle;
  while (rest > 0) {
    rest -= 1;
    label = String.fromCharCode(65 + (rest % 26)) + label;
    rest = (rest / 26) | 0;
  }
  return label;
}
