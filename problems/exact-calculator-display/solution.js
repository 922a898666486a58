// Long division on the absolute values. Each digit after the point depends only on the
// remainder before it, so the digits start repeating exactly when a remainder comes back:
// a Map from remainder to the position of the digit it produced marks where the block
// starts. At most |denominator| remainders: O(n) time and space in the answer's length.
function exactDecimal(numerator, denominator) {
  if (numerator === 0) return '0';
  const sign = numerator < 0 !== denominator < 0 ? '-' : '';
  const top = Math.abs(numerator);
  const bottom = Math.abs(denominator);
  let rest = top % bottom;
  const whole = sign + (top - rest) / bottom;
  if (rest === 0) return whole;

  const digits = [];
  const positionOf = new Map();
  while (rest !== 0 && !positionOf.has(rest)) {
    positionOf.set(rest, digits.length);
    const scaled = rest * 10;
    rest = scaled % bottom;
    digits.push((scaled - rest) / bottom);
  }
  if (rest === 0) return `${whole}.${digits.join('')}`;
  const start = positionOf.get(rest);
  return `${whole}.${digits.slice(0, start).join('')}(${digits.slice(start).join('')})`;
}
