// Takes the whole part with Math.floor and the remainder with %, which for a negative quotient rounds the wrong way: -7 / 2 shows "-4.5".
function exactDecimal(numerator, denominator) {
  const whole = Math.floor(numerator / denominator);
  let rest = Math.abs(numerator % denominator);
  const bottom = Math.abs(denominator);
  if (rest === 0) return String(whole);
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
