/**
 * A source of values (endless now and then) and `size` calls of peek, next, hasNext and
 * pulled. Up to size 10 the values are few and tricky (undefined, null, 0, false, ""), so
 * calls often run past the end. From 16 up there are about `size / 2` numbers, so about as
 * many values are read as there are calls.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const pick = (items) => items[int(items.length)];
  const small = size <= 10;
  const count = small ? int(5) : Math.floor(size / 2);
  const values = Array.from({ length: count }, () =>
    small ? pick([undefined, null, 0, false, '', 1, 'a']) : int(2_000_001) - 1_000_000,
  );
  const calls = [['new', values, random() < 0.2]];
  for (let i = 0; i < size; i++) {
    const roll = random();
    if (roll < 0.35) calls.push(['next']);
    else if (roll < 0.6) calls.push(['peek']);
    else if (roll < 0.9) calls.push(['hasNext']);
    else calls.push(['pulled']);
  }
  return calls;
}
