/**
 * `size` campers (at least 1) and, from 16 up, about 0.9 friendships per camper: a third
 * name one of a few popular campers, written first, and the rest join random campers, so
 * there is one large group, many small ones and some loners. A few pairs are repeats,
 * written the other way round, or a camper naming themself. Up to 10 campers the number of
 * friendships is random (0 to 2n).
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const count = n <= 10 ? int(2 * n + 1) : Math.floor(0.9 * n);
  const popular = Array.from({ length: Math.max(1, Math.min(5, Math.floor(n / 8))) }, () => int(n));
  const friendships = [];
  for (let k = 0; k < count; k++) {
    const roll = random();
    if (roll < 0.03 && friendships.length > 0) {
      const [a, b] = friendships[int(friendships.length)];
      friendships.push(random() < 0.5 ? [a, b] : [b, a]);
    } else if (roll < 0.05) {
      const a = int(n);
      friendships.push([a, a]);
    } else if (roll < 0.38) friendships.push([popular[int(popular.length)], int(n)]);
    else friendships.push([int(n), int(n)]);
  }
  return [n, friendships];
}

/**
 * One popular camper, written first, befriends everybody else in turn: a single group,
 * and union-find without its shortcuts walks a chain that grows by one each time.
 * @param {number} size
 * @param {() => number} _random unused: the input is the same for every seed
 */
export function worstCase(size, _random) {
  const n = Math.max(1, size);
  return [n, Array.from({ length: n - 1 }, (_, i) => [0, i + 1])];
}
