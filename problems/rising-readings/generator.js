/**
 * A log of `size` readings, one of two shapes chosen at random: altitudes spread evenly
 * over [-10⁹, 10⁹], or a noisy climb (a slow upward drift with dips, on a coarse scale so
 * that equal readings are common and the best pick is long).
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const readings = [];
  if (random() < 0.5) {
    for (let i = 0; i < size; i++) readings.push(int(2_000_000_001) - 1_000_000_000);
  } else {
    let altitude = int(1000) - 500;
    for (let i = 0; i < size; i++) {
      altitude += int(7) - 2;
      readings.push(altitude);
    }
  }
  return [readings];
}

/**
 * A steady climb `1…size/2`, then `size/2` readings of 0: the climb makes every rising pick
 * so far end differently, so a search that walks the list of pick ends one by one (from the
 * front, along the climb; from the back, for every 0) does quadratic work, where a binary
 * search stays at n log n.
 * @param {number} size
 */
export function worstCase(size) {
  const half = Math.floor(size / 2);
  const readings = [];
  for (let i = 1; i <= half; i++) readings.push(i);
  while (readings.length < size) readings.push(0);
  return [readings];
}
