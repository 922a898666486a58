/**
 * A random year. The numeral has at most 15 symbols whatever the year, so from size 11 up
 * every size draws from the whole range 1 to 3999 (a different year for each size, the
 * work staying the same on average); sizes up to 10 draw smaller years (up to 10·size²),
 * so the brute-force comparison covers the small ones.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  if (size <= 10) return [1 + Math.floor(random() * 10 * size * size)];
  for (let skip = size % 101; skip > 0; skip--) random();
  return [1 + Math.floor(random() * 3999)];
}
