// Reads the minutes with Number, which rounds exponents above 2⁵³ before the work starts.
function colonyCount(base, minutes, modulus) {
  const m = BigInt(modulus);
  let result = 1n % m;
  let factor = BigInt(base) % m;
  let exponent = Number(minutes);
  while (exponent > 0) {
    if (exponent % 2 === 1) result = (result * factor) % m;
    factor = (factor * factor) % m;
    exponent = Math.floor(exponent / 2);
  }
  return Number(result);
}
