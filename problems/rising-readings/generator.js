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
