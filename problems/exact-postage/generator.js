/**
 * A postage of 5·size cents (at most 500, from size 100 on) and up to 12 face values, more
 * as size grows, mostly small next to the postage so that many combinations reach it. A
 * 1-cent stamp is on sale only some of the time, so some postages cannot be made.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const postage = Math.min(500, 5 * Math.max(1, size));
  const most = Math.min(12, 1 + Math.floor(size / 3));
  const kinds = Math.ceil(most / 2) + int(Math.floor(most / 2) + 1);
  const largest = Math.max(2, Math.floor(postage / 4));
  const stamps = Array.from({ length: kinds }, () => 2 + int(largest - 1));
  if (random() < 0.4) stamps[int(kinds)] = 1;
  return [stamps, postage];
}

/**
 * Face values 1 and 2 and a postage of 5·size cents (at most 500): every amount on the way
 * down can be made, and a search that tries every stamp as the last one branches at every
 * cent with no stamp ever too big to try, so its work grows by the same factor (about 11)
 * with every size instead of jumping when another face value comes on sale. From size 100
 * on the input stays the same.
 * @param {number} size
 */
export function worstCase(size) {
  return [[1, 2], Math.min(500, 5 * Math.max(1, size))];
}
