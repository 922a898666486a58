// Right, but the recursion computes the half power twice instead of once: T(n) = 2·T(n/2), O(minutes) calls.
function colonyCount(base, minutes, modulus) {
  const m = BigInt(modulus);
  const factor = BigInt(base) % m;
  function power(exponent) {
    if (exponent === 0n) return 1n % m;
    if (exponent === 1n) return factor;
    const half = exponent / 2n;
    const square = (power(half) * power(half)) % m;
    return exponent % 2n === 1n ? (square * factor) % m : square;
  }
  return Number(power(BigInt(minutes)));
}
