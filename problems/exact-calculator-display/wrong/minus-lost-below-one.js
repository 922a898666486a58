// Writes the whole part with String(Math.trunc(…)), which turns -0 into "0": -1 / 2 shows "0.5".
function exactDecimal(numerator, denominator) {
  const whole = String(Math.trunc(numerator / denominator));
  const bottom = Math.abs(denominator);
  let rest = Math.abs(numerator) % bottom;
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
