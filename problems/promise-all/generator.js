/**
 * `size` tasks: mostly promises with random delays, some plain values, and (for about one
 * input in three) a few rejections, so both outcomes get large tests.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const rejectRate = random() < 0.34 ? 0.001 : 0;
  const tasks = [];
  for (let i = 0; i < size; i++) {
    const roll = random();
    if (roll < 0.05) tasks.push([null, int(1_000_000), false]);
    else if (roll < 0.05 + rejectRate) tasks.push([int(1_000_000), `error ${i}`, true]);
    else tasks.push([int(1_000_000), int(1_000_000), false]);
  }
  return [tasks];
}
