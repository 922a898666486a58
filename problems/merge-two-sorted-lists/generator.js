/**
 * Two sorted lists with `size` values between them, split at random (sometimes leaving one
 * empty). Small inputs draw from a narrow range so that values repeat within and across
 * the lists.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const range = size <= 10 ? 5 : 1_000_000_000;
  const value = () => Math.floor(random() * (2 * range + 1)) - range;
  const roll = random();
  const firstLength = roll < 0.1 ? 0 : roll < 0.2 ? size : Math.round(size * (0.3 + 0.4 * random()));
  const sorted = (length) => Array.from({ length }, value).sort((x, y) => x - y);
  return [sorted(firstLength), sorted(size - firstLength)];
}

/**
 * Two sorted lists of `size` / 2 values each, every value of the second larger than every
 * value of the first: inserting the second list's nodes one by one into the first walks
 * past the whole first list and all the nodes inserted so far, every time.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const values = Array.from({ length: size }, () => Math.floor(random() * 2_000_000_001) - 1_000_000_000);
  values.sort((x, y) => x - y);
  const half = Math.floor(size / 2);
  return [values.slice(0, half), values.slice(half)];
}
