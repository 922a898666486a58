// Greedy over the thirteen values, largest first, with the subtractive pairs in the table:
// take each value as many times as it fits. At most 15 symbols: O(1).
const NUMERALS = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function toRoman(year) {
  let rest = year;
  let numeral = '';
  for (const [value, symbols] of NUMERALS) {
    while (rest >= value) {
      numeral += symbols;
      rest -= value;
    }
  }
  return numeral;
}
