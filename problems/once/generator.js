/**
 * A target and `size` calls, some on receivers r1 and r2, each with 0 to 3 small numbers.
 * Only the first call reaches fn, so the work grows with the number of calls, which is
 * what `calls` reports.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const pick = (items) => items[int(items.length)];
  const target = pick(['sum', 'self', 'list', 'nothing', 'zero', 'fail']);
  const steps = [];
  for (let i = 0; i < size; i++) {
    const receiver = random() < 0.6 ? null : pick(['r1', 'r2']);
    steps.push([receiver, Array.from({ length: int(4) }, () => int(21) - 10)]);
  }
  return [target, steps];
}

/**
 * The complexity of once is per call of the wrapped function: the complexity check spreads
 * a run's steps over them.
 * @param {[string, unknown[]]} args
 */
export function calls([, steps]) {
  return steps.length;
}
