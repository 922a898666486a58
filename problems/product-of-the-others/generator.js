const MAX_PRODUCT = 2 ** 31 - 1;

/**
 * `size` gains (at least 2) in [-30, 30], mostly ±1 with a few larger ones while the product
 * of their absolute values stays within 2³¹ − 1, and for some inputs one, two or more zeros.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(2, size);
  const bigRate = Math.min(1, 20 / n);
  let budget = 1;
  const gains = [];
  for (let i = 0; i < n; i++) {
    const sign = random() < 0.5 ? -1 : 1;
    const magnitude = 2 + int(29);
    if (random() < bigRate && budget * magnitude <= MAX_PRODUCT) {
      budget *= magnitude;
      gains.push(sign * magnitude);
    } else {
      gains.push(sign);
    }
  }
  const roll = random();
  const zeros = roll < 0.5 ? 0 : roll < 0.8 ? 1 : 2 + int(3);
  for (let z = 0; z < zeros; z++) gains[int(n)] = 0;
  return [gains];
}

/**
 * `size` gains (at least 2) as in `generate` but with no zero: an approach that returns
 * early once it sees two zeros (every product is 0) or takes a shortcut around one zero
 * has to do all of its work. Multiplying the other gains again for every stage is
 * quadratic on any input.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const n = Math.max(2, size);
  const bigRate = Math.min(1, 20 / n);
  let budget = 1;
  const gains = [];
  for (let i = 0; i < n; i++) {
    const sign = random() < 0.5 ? -1 : 1;
    const magnitude = 2 + Math.floor(random() * 29);
    if (random() < bigRate && budget * magnitude <= MAX_PRODUCT) {
      budget *= magnitude;
      gains.push(sign * magnitude);
    } else {
      gains.push(sign);
    }
  }
  return [gains];
}
