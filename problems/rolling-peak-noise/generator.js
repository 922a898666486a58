/**
 * A log of `size` levels and a stretch length k from 1 to about half the log, in one of
 * two shapes chosen at random: levels spread over a coarse grid of [-10⁹, 10⁹] (so equal
 * levels are common), or a noisy fall (each second mostly quieter than the one before), on
 * which the peak leaves almost every stretch. Up to size 10 levels lie in [-3, 3].
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const k = 1 + int(Math.max(1, Math.ceil(n / 2)));
  const levels = [];
  if (n <= 10) {
    for (let i = 0; i < n; i++) levels.push(int(7) - 3);
  } else if (random() < 0.5) {
    for (let i = 0; i < n; i++) levels.push((int(2001) - 1000) * 1_000_000);
  } else {
    let level = 1_000_000_000 - int(1000);
    for (let i = 0; i < n; i++) {
      levels.push(level);
      level = Math.max(-1_000_000_000, level - int(5) + (random() < 0.05 ? int(8) : 0));
    }
  }
  return [levels, k];
}

/**
 * Levels that only fall and stretches half the log long: the peak leaves every stretch,
 * so rescanning a stretch, or rescanning whenever its peak leaves, costs k per second.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const n = Math.max(1, size);
  const levels = [];
  let level = 1_000_000_000;
  for (let i = 0; i < n; i++) {
    level -= 1 + Math.floor(random() * 4);
    levels.push(level);
  }
  return [levels, Math.max(1, Math.floor(n / 2))];
}
