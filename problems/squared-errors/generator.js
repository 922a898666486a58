/**
 * `size` errors in ascending order, from a range whose bounds are random on both sides of
 * 0 (up to 10 000 in size; up to 5 for sizes up to 10, so repeats and zeros are common),
 * so some batches read mostly low, some mostly high.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const reach = size <= 10 ? 5 : 10_000;
  const low = -int(reach + 1);
  const high = int(reach + 1);
  const errors = Array.from({ length: size }, () => low + int(high - low + 1));
  return [errors.sort((a, b) => a - b)];
}
