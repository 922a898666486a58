// Appends each letter as it is found, lowest place first, and forgets to reverse: 28 reads "BA".
function aisleLabel(aisle) {
  let label = '';
  let rest = aisle;
  while (rest > 0) {
    rest -= 1;
    label += String.fromCharCode(65 + (rest % 26));
    rest = Math.floor(rest / 26);
  }
  return label;
}
