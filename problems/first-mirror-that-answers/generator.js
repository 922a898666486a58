/**
 * Up to size 10: a random mix of mirrors that answer or fail after a few ms (often at the
 * same moment), mirrors already known to work (plain values) and already failed ones.
 *
 * From size 16 up, one family: `size` mirrors that all fail at random times, except that
 * for about half the seeds one of them (anywhere in the list) answers after all the others
 * have failed. Every failure has to be recorded before the answer, if any, comes.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const tasks = [];
  if (size <= 10) {
    for (let i = 0; i < size; i++) {
      const roll = random();
      if (roll < 0.08) tasks.push([null, `plain ${i}`, false]);
      else if (roll < 0.2) tasks.push([null, `failed ${i}`, true]);
      else if (roll < 0.7) tasks.push([int(20), `error ${i}`, true]);
      else tasks.push([int(20), `mirror ${i}`, false]);
    }
    return [tasks];
  }
  for (let i = 0; i < size; i++) tasks.push([int(100_000), `error ${i}`, true]);
  if (random() < 0.5) tasks[int(size)] = [100_000, 'the late mirror', false];
  return [tasks];
}

/**
 * Every mirror fails, in random order: the promise can only reject once the last has failed.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const tasks = [];
  for (let i = 0; i < size; i++) tasks.push([Math.floor(random() * 100_000), `error ${i}`, true]);
  return [tasks];
}
