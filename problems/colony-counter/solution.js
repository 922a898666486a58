// Square and multiply, in BigInt so products of two remainders below 2·10⁹ stay exact:
// walk the bits of the exponent from the lowest, squaring the factor at each bit and
// multiplying it into the result where the bit is 1. O(log minutes) multiplications.
function colonyCount(base, minutes, modulus) {
  const m = BigInt(modulus);
  let result = 1n % m;
  let factor = BigInt(base) % m;
  let exponent = BigInt(minutes);
  while (exponent > 0n) {
    if (exponent & 1n) result = (result * factor) % m;
    factor = (factor * factor) % m;
    exponent >>= 1n;
  }
  return Number(result);
}
