/**
 * `size` poles (at least 2) with random heights up to a random maximum (at most 10 000;
 * small for small inputs), so equal heights and zero-height poles occur too.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(2, size);
  const tallest = size <= 10 ? 1 + int(10) : 1 + int(10_000);
  return [Array.from({ length: n }, () => int(tallest + 1))];
}

/**
 * `size` poles (at least 2) rising steadily from 1 to 10 000: the best banner keeps
 * growing as the left pole moves right, so an every-pair search that skips a left pole
 * which cannot beat the best so far (its height times the widest span) skips almost
 * nothing. Trying every pair is quadratic on any input; this removes its only shortcut.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const n = Math.max(2, size);
  const poles = [];
  for (let i = 0; i < n; i++) {
    const height = 1 + Math.floor((i * 9_999) / (n - 1));
    poles.push(Math.min(10_000, height + (random() < 0.5 ? 0 : 1)));
  }
  return [poles];
}
