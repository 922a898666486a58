/**
 * A staircase of `size` steps (at least 1). About one step in eight is broken, but two
 * broken steps rarely touch (a pair blocks every climb, so most inputs keep an answer other
 * than 0). The list comes shuffled.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const n = Math.max(1, size);
  const broken = [];
  let previousBroken = false;
  for (let step = 1; step <= n; step++) {
    const breaks = random() < 0.125 && (!previousBroken || random() < 0.05);
    if (breaks) broken.push(step);
    previousBroken = breaks;
  }
  for (let i = broken.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [broken[i], broken[j]] = [broken[j], broken[i]];
  }
  return [n, broken];
}

/**
 * Nothing broken: every climb is possible, so an approach that walks the climbs one by one
 * (plain recursion) does its most work, and that work grows with `size` at every size
 * (a random pattern of broken steps can cut it by orders of magnitude from one size to the next).
 * @param {number} size
 */
export function worstCase(size) {
  return [Math.max(1, size), []];
}
