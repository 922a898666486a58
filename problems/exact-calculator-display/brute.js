// Number theory instead of remembering remainders: after reducing the fraction, the digits
// before the block are as many as the larger power of 2 or 5 in the denominator, and the
// block is as long as the smallest k with 10^k ≡ 1 modulo what is left. Then write that
// many digits by long division.
function exactDecimal(numerator, denominator) {
  if (numerator === 0) return '0';
  const sign = numerator < 0 !== denominator < 0 ? '-' : '';
  let top = Math.abs(numerator);
  let bottom = Math.abs(denominator);
  const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
  const g = gcd(top, bottom);
  top /= g;
  bottom /= g;
  let twos = 0;
  let fives = 0;
  let rest = bottom;
  while (rest % 2 === 0) {
    rest /= 2;
    twos++;
  }
  while (rest % 5 === 0) {
    rest /= 5;
    fives++;
  }
  const before = Math.max(twos, fives);
  let period = 0;
  if (rest > 1) {
    let power = 10 % rest;
    period = 1;
    while (power !== 1) {
      power = (power * 10) % rest;
      period++;
    }
  }
  const whole = Math.floor(top / bottom);
  let remainder = top - whole * bottom;
  const digits = [];
  for (let i = 0; i < before + period; i++) {
    digits.push(Math.floor((remainder * 10) / bottom));
    remainder = (remainder * 10) % bottom;
  }
  const head = sign + whole;
  if (before + period === 0) return head;
  if (period === 0) return `${head}.${digits.join('')}`;
  return `${head}.${digits.slice(0, before).join('')}(${digits.slice(before).join('')})`;
}
