/**
 * A target function, an arity (none, or 0 to 4), and `size` steps, each calling an earlier
 * value (most often one that is still a function) with 0 to 3 small arguments.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const targets = ['sum3', 'list3', 'list4', 'one', 'zero', 'variadic', 'rest2', 'defaults'];
  const target = targets[int(targets.length)];
  const arity = random() < 0.6 ? null : int(5);
  const steps = [];
  for (let i = 0; i < size; i++) {
    const from = random() < 0.5 ? 0 : int(i + 1);
    const args = Array.from({ length: int(4) }, () => int(10));
    steps.push([from, args]);
  }
  return [target, arity, steps];
}
