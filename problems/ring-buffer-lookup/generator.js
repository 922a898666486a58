/**
 * A history of `size` increasing timestamps with random gaps, rotated by a random amount
 * (about one buffer in eight not at all), and up to 20 000 stamps to look up: about half in
 * the buffer (the first and last slots and both sides of the wrap among them), the rest
 * missing (in a gap, below the oldest, above the newest).
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const history = [];
  for (let stamp = int(100); history.length < n; stamp += 2 + int(n <= 10 ? 2 : 9)) history.push(stamp);
  const shift = random() < 0.125 ? 0 : int(n);
  const buffer = [...history.slice(shift), ...history.slice(0, shift)];
  const count = Math.min(20_000, Math.max(2 * n, 4));
  const stamps = [];
  const corners = [0, n - 1, (n - shift) % n, (n - shift + n - 1) % n];
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.1) stamps.push(buffer[corners[int(4)]]);
    else if (roll < 0.5) stamps.push(history[int(n)]);
    else if (roll < 0.9) stamps.push(history[int(n)] + 1);
    else if (roll < 0.95) stamps.push(Math.max(0, history[0] - 1 - int(3)));
    else stamps.push(history[n - 1] + 1 + int(3));
  }
  return [buffer, stamps];
}

/**
 * The worst case of scanning the buffer: every stamp is missing, so each lookup reads all
 * of it.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const history = Array.from({ length: n }, (_, i) => 10 * i + 5);
  const shift = int(n);
  const buffer = [...history.slice(shift), ...history.slice(0, shift)];
  const stamps = Array.from({ length: Math.min(20_000, 2 * n) }, () => 10 * int(n + 1));
  return [buffer, stamps];
}

/**
 * The complexity is per lookup: the check spreads a run's steps over the stamps.
 * @param {[number[], number[]]} args
 */
export function calls([, stamps]) {
  return stamps.length;
}
