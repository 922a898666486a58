/**
 * A belt of `size` items with random shares of the three materials (sometimes one or two
 * missing).
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const weights = [random(), random(), random()].map((w) => (w < 0.15 ? 0 : w));
  const total = weights[0] + weights[1] + weights[2] || 1;
  return [
    Array.from({ length: size }, () => {
      const roll = random() * total;
      return roll < weights[0] ? 0 : roll < weights[0] + weights[1] ? 1 : 2;
    }),
  ];
}

/**
 * A belt in reverse order (plastic, then paper, then glass): every item is out of place,
 * the most work for insertion-style sorts and for moving each glass item to the front.
 * @param {number} size
 */
export function worstCase(size) {
  const third = Math.floor(size / 3);
  return [Array.from({ length: size }, (_, i) => (i < third ? 2 : i < size - third ? 1 : 0))];
}
