// Keeps the table in an object keyed by value: integer keys are enumerated in ascending order, so the greedy loop starts with I.
function toRoman(year) {
  const table = {
    1000: 'M',
    900: 'CM',
    500: 'D',
    400: 'CD',
    100: 'C',
    90: 'XC',
    50: 'L',
    40: 'XL',
    10: 'X',
    9: 'IX',
    5: 'V',
    4: 'IV',
    1: 'I',
  };
  let rest = year;
  let numeral = '';
  for (const key in table) {
    const value = Number(key);
    while (rest >= value) {
      numeral += table[key];
      rest -= value;
    }
  }
  return numeral;
}
