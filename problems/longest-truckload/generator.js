/**
 * `size` parcels, one of two shapes chosen at random: streaks over a pool of zones a little
 * larger than k (a parcel often goes to the same zone as the one before), or k common zones
 * with a few rare zones dropped in about once in 500 parcels, so the best runs are long.
 * Up to size 10 the pool and k are tiny, for brute-force agreement.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const small = size <= 10;
  const k = small ? 1 + int(3) : 1 + int(8);
  const poolSize = small ? 1 + int(4) : k + 1 + int(k + 2);
  const pool = Array.from({ length: poolSize }, () => (small ? int(6) : int(1_000_000_001)));
  const zones = [];
  if (small || random() < 0.5) {
    let zone = pool[0];
    for (let i = 0; i < size; i++) {
      if (random() < 0.3) zone = pool[int(poolSize)];
      zones.push(zone);
    }
  } else {
    for (let i = 0; i < size; i++) {
      zones.push(random() < 0.002 ? pool[k + int(poolSize - k)] : pool[int(k)]);
    }
  }
  return [zones, k];
}

/**
 * The worst case of growing a run from every parcel: the whole chute uses at most k zones,
 * so every run from every start reaches the end.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const int = (below) => Math.floor(random() * below);
  const k = 2 + int(5);
  const pool = Array.from({ length: k }, () => int(1_000_000_001));
  return [Array.from({ length: size }, () => pool[int(k)]), k];
}
