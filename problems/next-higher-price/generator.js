/**
 * `size` daily prices in one of three shapes, picked at random: uniform over a narrow
 * range (many ties, and the highest price repeats), a slow fall with small bounces (many
 * days are never beaten, and the answers reach far), or uniform over [1, 10⁹].
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const shape = random();
  if (shape < 0.4) {
    const range = size <= 10 ? 4 : 100;
    return [Array.from({ length: size }, () => 1 + int(range))];
  }
  if (shape < 0.7) {
    const prices = [];
    let price = 500_000_000;
    for (let i = 0; i < size; i++) {
      price = Math.max(1, price + int(16) - 10);
      prices.push(price);
    }
    return [prices];
  }
  return [Array.from({ length: size }, () => 1 + int(1_000_000_000))];
}

/**
 * The worst case of comparing each day with the days after it: prices that only fall or
 * stay level, so that no day is ever beaten and every scan runs to the end. Now and then a
 * small rise beats the last few days, so the answers are not all 0.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const int = (below) => Math.floor(random() * below);
  const prices = [];
  let price = 1_000_000_000;
  for (let i = 0; i < size; i++) {
    price = random() < 0.02 ? Math.min(1_000_000_000, price + 1 + int(3)) : Math.max(1, price - int(4));
    prices.push(price);
  }
  return [prices];
}
