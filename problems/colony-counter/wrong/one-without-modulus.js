// Starts the result at 1 without reducing it, so a counter with modulus 1 shows 1 after 0 minutes.
function colonyCount(base, minutes, modulus) {
  const m = BigInt(modulus);
  let result = 1n;
  let factor = BigInt(base) % m;
  let exponent = BigInt(minutes);
  while (exponent > 0n) {
    if (exponent & 1n) result = (result * factor) % m;
    factor = (factor * factor) % m;
    exponent >>= 1n;
  }
  return Number(result);
}
