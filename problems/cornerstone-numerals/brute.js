// Place by place: each decimal digit has its own fixed spelling for thousands, hundreds,
// tens and ones.
function toRoman(year) {
  const thousands = ['', 'M', 'MM', 'MMM'];
  const hundreds = ['', 'C', 'CC', 'CCC', 'CD', 'D', 'DC', 'DCC', 'DCCC', 'CM'];
  const tens = ['', 'X', 'XX', 'XXX', 'XL', 'L', 'LX', 'LXX', 'LXXX', 'XC'];
  const ones = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
  return (
    thousands[Math.floor(year / 1000)] +
    hundreds[Math.floor(year / 100) % 10] +
    tens[Math.floor(year / 10) % 10] +
    ones[year % 10]
  );
}
