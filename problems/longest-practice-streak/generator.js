/**
 * `size` days: one to five streaks of random lengths (most of the days, so large inputs
 * hold long streaks), some scattered single days, some days logged twice, all shuffled.
 * Streak starts are spread over [-10⁹, 10⁹]; streaks may touch or overlap.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const span = size <= 10 ? 2 * size + 2 : 2_000_000_000 - size;
  const start = () => (size <= 10 ? -size : -1_000_000_000) + int(span);
  const days = [];
  const streaks = 1 + int(5);
  let inStreaks = Math.floor(size * (0.5 + random() * 0.4));
  for (let s = 0; s < streaks && inStreaks > 0; s++) {
    const length = s === streaks - 1 ? inStreaks : 1 + int(inStreaks);
    inStreaks -= length;
    const first = start();
    for (let d = 0; d < length; d++) days.push(first + d);
  }
  while (days.length < size) {
    days.push(random() < 0.5 || days.length === 0 ? start() : days[int(days.length)]);
  }
  for (let i = days.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [days[i], days[j]] = [days[j], days[i]];
  }
  return [days];
}

/**
 * One streak of `size` consecutive days, shuffled: walking forward from every day walks the
 * streak again from each of its days.
 * @param {number} size
 * @param {() => number} random
 */
export function worstCase(size, random) {
  const first = -1_000_000_000 + Math.floor(random() * 1_000_000_000);
  return [
    shuffle(
      Array.from({ length: size }, (_, i) => first + i),
      random,
    ),
  ];
}

/** Fisher–Yates with the seeded random. */
function shuffle(items, random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
