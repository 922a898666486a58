/**
 * Small inputs (up to size 10): `size` retries, a base wait from 0 to 100 ms, and random
 * answers — failures, successes, slow or instant, now and then a plain value or a throw.
 *
 * From size 16 up, one family: the printer fails `size` times in a row (instantly, so the
 * waits are 0 ms: baseMs must be 0 for that many doublings) and then either prints or
 * fails once more, so every attempt up to the last is made.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  if (size <= 10) {
    const retries = int(size + 1);
    const baseMs = [0, 1, 10, 100][int(4)];
    const answers = [];
    for (let i = 0; i <= retries + 1; i++) {
      const roll = random();
      if (roll < 0.1) answers.push([null, `threw ${i}`, true]);
      else if (roll < 0.15) answers.push([null, `plain ${i}`, false]);
      else if (roll < 0.75) answers.push([int(200), `failure ${i}`, true]);
      else answers.push([int(200), `success ${i}`, false]);
    }
    return [answers, retries, baseMs];
  }
  return worstCase(size, random);
}

/**
 * Every attempt but the last fails, so no solution can stop early.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const answers = [];
  for (let i = 0; i < size; i++) answers.push([0, `failure ${i}`, true]);
  answers.push(random() < 0.5 ? [0, 'printed', false] : [0, 'gave up', true]);
  return [answers, size, 0];
}
