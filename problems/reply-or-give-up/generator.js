/**
 * `size` jobs started together: tasks that fulfil or reject after random delays (now and then
 * a plain value), each with a time limit that is sometimes longer than the task, sometimes
 * shorter, and sometimes exactly as long.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const jobs = [];
  for (let i = 0; i < size; i++) {
    const roll = random();
    const ms = int(1000);
    if (roll < 0.05) jobs.push([null, `plain ${i}`, false, ms]);
    else {
      const tie = random() < 0.1;
      const delayMs = tie ? ms : int(1000);
      jobs.push([delayMs, roll < 0.3 ? `error ${i}` : i, roll < 0.3, ms]);
    }
  }
  return [jobs];
}

/**
 * The work is per job (one call of withTimeout): the complexity check spreads a run's steps
 * over them.
 * @param {[unknown[]]} args
 */
export function calls([jobs]) {
  return jobs.length;
}
