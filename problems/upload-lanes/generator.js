/**
 * Up to size 10: a limit of 1 to 3 and `size` uploads taking 0 to 40 ms (often the same
 * time, so lanes free up together), now and then one that fails, returns at once or
 * throws.
 *
 * From size 16 up, one family: a limit of size / 4 and `size` uploads taking 1 to 1000 ms;
 * for about a third of the seeds, one of them fails at the very end of its long upload.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const uploads = [];
  if (size <= 10) {
    for (let i = 0; i < size; i++) {
      const roll = random();
      if (roll < 0.05) uploads.push([null, `photo ${i}`, false]);
      else if (roll < 0.1) uploads.push([null, `crashed ${i}`, true]);
      else if (roll < 0.2) uploads.push([int(5) * 10, `failed ${i}`, true]);
      else uploads.push([int(5) * 10, `photo ${i}`, false]);
    }
    return [uploads, 1 + int(3)];
  }
  for (let i = 0; i < size; i++) uploads.push([1 + int(1000), `photo ${i}`, false]);
  if (random() < 0.34) uploads[int(size)] = [1000, 'server full', true];
  return [uploads, Math.floor(size / 4)];
}

/**
 * Every upload succeeds and half of them may run at once: no failure cuts the run short,
 * and every lane is busy.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const uploads = [];
  for (let i = 0; i < size; i++) uploads.push([1 + Math.floor(random() * 1000), `photo ${i}`, false]);
  return [uploads, Math.floor(size / 2)];
}
