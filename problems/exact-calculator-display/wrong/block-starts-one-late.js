// Opens the parenthesis one digit after the remainder first seen, so 1 / 6 shows "0.16()" and 1 / 3 "0.3()".
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
    digits.push(Math.floor((rest * 10) / bottom));
    positionOf.set(rest, digits.length);
    rest = (rest * 10) % bottom;
  }
  if (rest === 0) return `${whole}.${digits.join('')}`;
  const start = positionOf.get(rest);
  return `${whole}.${digits.slice(0, start).join('')}(${digits.slice(start).join('')})`;
}
