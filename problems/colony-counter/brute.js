// One minute at a time, exactly as the colony grows: O(minutes) multiplications.
function colonyCount(base, minutes, modulus) {
  const m = BigInt(modulus);
  let count = 1n % m;
  for (let minute = 0n; minute < BigInt(minutes); minute++) count = (count * BigInt(base)) % m;
  return Number(count);
}
