// Leaves out the subtractive pairs, as on a clock face: 4 is IIII and 900 is DCCCC.
function toRoman(year) {
  const values = [1000, 500, 100, 50, 10, 5, 1];
  const symbols = ['M', 'D', 'C', 'L', 'X', 'V', 'I'];
  let rest = year;
  let numeral = '';
  for (let i = 0; i < values.length; i++) {
    while (rest >= values[i]) {
      numeral += symbols[i];
      rest -= values[i];
    }
  }
  return numeral;
}
