// Right, but keeps the remainders in an array and searches it with indexOf at every digit: O(n²) for a long block.
function exactDecimal(numerator, denominator) {
  if (numerator === 0) return '0';
  const sign = numerator < 0 !== denominator < 0 ? '-' : '';
  const top = Math.abs(numerator);
  const bottom = Math.abs(denominator);
  let rest = top % bottom;
  let text = sign + (top - rest) / bottom;
  if (rest === 0) return text;
  text += '.';
  const remainders = [];
  let digits = '';
  while (rest !== 0) {
    const start = remainders.indexOf(rest);
    if (start !== -1) return `${text}${digits.slice(0, start)}(${digits.slice(start)})`;
    remainders.push(rest);
    digits += Math.floor((rest * 10) / bottom);
    rest = (rest * 10) % bottom;
  }
  return text + digits;
}
