// Decides the sign from the signs of the inputs alone, so 0 divided by a negative number shows "-0".
function exactDecimal(numerator, denominator) {
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
    digits.push(Math.floor((rest * 10) / bottom));
    rest = (rest * 10) % bottom;
  }
  if (rest === 0) return `${whole}.${digits.join('')}`;
  const start = positionOf.get(rest);
  return `${whole}.${digits.slice(0, start).join('')}(${digits.slice(start).join('')})`;
}
