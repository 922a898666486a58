// Truncates the whole part with `| 0`, a 32-bit operation: quotients from 2³¹ up wrap around.
function exactDecimal(numerator, denominator) {
  if (numerator === 0) return '0';
  const sign = numerator < 0 !== denominator < 0 ? '-' : '';
  const top = Math.abs(numerator);
  const bottom = Math.abs(denominator);
  const whole = sign + ((top / bottom) | 0);
  let rest = top % bottom;
  if (rest === 0) return whole;
  const digits = [];
  const positionOf = new Map();
  while (rest !== 0 && !positionOf.has(rest)) {
    positionOf.set(rest, digits.length);
    digits.push(Math.floor((rest * 10) / bottom));
    rest = (rest * 10) % bottom;
  }
  if (rest === 0) return `${whole}.${digits.join('')}`;
  const start = positionOf.get(rest);
  return `${whole}.${digits.slice(0, start).join('')}(${digits.slice(start).join('')})`;
}
