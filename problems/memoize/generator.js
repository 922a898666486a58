/**
 * A target, a resolver (none most of the time) and `size` calls, some on receivers r1 and r2,
 * each with 0 to 3 arguments (1 to 3 from size 16 up): numbers, the same numbers as strings, null, undefined, NaN, 0
 * and -0, shared objects { ref }, and fresh arrays. Up to size 10 the values come from a
 * handful, so that calls repeat; from 16 up numbers range up to `size`, so the cache keeps
 * growing as well as being hit.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const pick = (items) => items[int(items.length)];
  const targets = ['count', 'count', 'self', 'add', 'zero', 'nothing', 'risky'];
  const target = pick(targets);
  const resolver = random() < 0.7 ? null : pick(['first', 'sum', 'receiver']);
  const range = size <= 10 ? 3 : size;
  const value = () => {
    const roll = random();
    if (roll < 0.3) return int(range) - (target === 'risky' ? 1 : 0);
    if (roll < 0.45) return String(int(range));
    if (roll < 0.55) return pick([null, undefined, Number.NaN, 0, -0, true]);
    if (roll < 0.7) return { ref: pick(['a', 'b']) };
    return [int(range)];
  };
  const steps = [];
  for (let i = 0; i < size; i++) {
    const receiver = random() < 0.7 ? null : pick(['r1', 'r2']);
    steps.push([receiver, Array.from({ length: size <= 10 ? int(4) : 1 + int(3) }, value)]);
  }
  return [target, resolver, steps];
}

/**
 * The worst case of caching by scanning what was seen: every call is new (a fresh array and
 * a number never used before), so nothing is ever a hit and the cache grows at every call.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const steps = [];
  for (let i = 0; i < size; i++) {
    const receiver = random() < 0.5 ? null : 'r1';
    steps.push([receiver, [i, [Math.floor(random() * 10)]]]);
  }
  return ['count', null, steps];
}

/**
 * The complexity of memoize is per call of the memoized function: the complexity check
 * spreads a run's steps over them.
 * @param {[string, string | null, unknown[]]} args
 */
export function calls([, , steps]) {
  return steps.length;
}
