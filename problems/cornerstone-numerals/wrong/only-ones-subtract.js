// Knows IV and IX but forgets the other four pairs: 40 comes out XXXX and 900 DCCCC.
function toRoman(year) {
  const table = [
    [1000, 'M'],
    [500, 'D'],
    [100, 'C'],
    [50, 'L'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = year;
  let numeral = '';
  for (const [value, symbols] of table) {
    while (rest >= value) {
      numeral += symbols;
      rest -= value;
    }
  }
  return numeral;
}
