// Lets any power of ten be subtracted from a larger symbol, so 99 comes out IC and 999 IM.
function toRoman(year) {
  const table = [
    [1000, 'M'],
    [999, 'IM'],
    [990, 'XM'],
    [900, 'CM'],
    [500, 'D'],
    [499, 'ID'],
    [490, 'XD'],
    [400, 'CD'],
    [100, 'C'],
    [99, 'IC'],
    [90, 'XC'],
    [50, 'L'],
    [49, 'IL'],
    [40, 'XL'],
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
