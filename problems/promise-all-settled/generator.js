/**
 * `size` tasks: mostly timer promises with random delays, about a quarter of them rejecting,
 * and some plain values and already rejected promises; passed as a generator about one time
 * in three.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const tasks = [];
  for (let i = 0; i < size; i++) {
    const roll = random();
    if (roll < 0.05) tasks.push([null, int(1000), false]);
    else if (roll < 0.1) tasks.push([null, `rejected ${i}`, true]);
    else if (roll < 0.3) tasks.push([int(100_000), `error ${i}`, true]);
    else tasks.push([int(100_000), int(1000), false]);
  }
  return [tasks, random() < 0.34];
}
