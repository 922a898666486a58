/**
 * `size` bookings in random order over a span that grows with the size, so there are many
 * separate blocks as well as overlaps; about one booking in ten starts exactly where
 * another ends (touching), and a few are long enough to swallow others.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const span = Math.min(1_000_000_000, Math.max(10, size * 20_000));
  const typical = Math.max(2, Math.floor(span / Math.max(1, size)));
  const bookings = [];
  for (let i = 0; i < size; i++) {
    let start;
    if (bookings.length > 0 && random() < 0.1) start = bookings[int(bookings.length)][1];
    else start = int(span);
    const length = random() < 0.02 ? 1 + int(typical * 20) : 1 + int(typical);
    start = Math.min(start, 1_000_000_000 - 1);
    bookings.push([start, Math.min(1_000_000_000, start + length)]);
  }
  return [bookings];
}

/**
 * Bookings that never touch, shuffled: every booking is a block of its own, so comparing
 * each booking with every block found so far compares it with all the earlier ones.
 * @param {number} size
 * @param {() => number} random
 */
export function worstCase(size, random) {
  const gap = Math.max(2, Math.floor(1_000_000_000 / Math.max(1, size)));
  const bookings = Array.from({ length: size }, (_, i) => [i * gap, i * gap + 1 + Math.floor(random() * (gap - 1))]);
  return [shuffle(bookings, random)];
}

/** Fisher–Yates with the seeded random. */
function shuffle(items, random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
