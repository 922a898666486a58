/**
 * A shelf of `size` books in one of three shapes chosen at random: random numbers from a
 * small range (many copies), random numbers from a large range, or a nearly reversed
 * shelf (a falling run with some numbers swapped). Up to size 10 numbers are 0 to 4.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  if (size <= 10) return [Array.from({ length: size }, () => int(5))];
  const roll = random();
  if (roll < 0.35) {
    const range = 2 + int(50);
    return [Array.from({ length: size }, () => int(range))];
  }
  if (roll < 0.7) return [Array.from({ length: size }, () => int(1_000_000_001))];
  const shelf = Array.from({ length: size }, (_, i) => (size - i) * 1000 + int(1000));
  for (let swaps = int(Math.ceil(size / 10)); swaps > 0; swaps--) {
    const a = int(size);
    const b = int(size);
    [shelf[a], shelf[b]] = [shelf[b], shelf[a]];
  }
  return [shelf];
}

/**
 * A shelf in strictly falling order: every pair is out of order, the most work for
 * insertion sort and the largest score.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const shelf = [];
  let number = 1_000_000_000;
  for (let i = 0; i < size; i++) {
    number -= 1 + Math.floor(random() * 1000);
    shelf.push(number);
  }
  return [shelf];
}
