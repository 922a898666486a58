// Right, but multiplies once per minute: O(minutes).
function colonyCount(base, minutes, modulus) {
  const m = BigInt(modulus);
  const factor = BigInt(base) % m;
  let count = 1n % m;
  for (let minute = BigInt(minutes); minute > 0n; minute--) count = (count * factor) % m;
  return Number(count);
}
