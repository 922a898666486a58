/**
 * `size` overlapping calls, all made at time 0, with zero to three arguments each. The old
 * function mostly calls back once after a random delay (sometimes during the call), with a
 * value or an error; now and then it throws, calls back with no value, passes extra values,
 * or calls back twice.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const delay = () => (random() < 0.15 ? null : int(500));
  const calls = [];
  for (let i = 0; i < size; i++) {
    const args = Array.from({ length: int(4) }, () => (random() < 0.5 ? int(100) : `a${int(10)}`));
    const roll = random();
    let replies;
    if (roll < 0.08) replies = [['throw', `threw ${i}`]];
    else if (roll < 0.3) replies = [[delay(), `error ${i}`]];
    else if (roll < 0.38) replies = [[delay(), null]];
    else if (roll < 0.46) replies = [[delay(), null, i, 'extra']];
    else if (roll < 0.56)
      replies = [
        [delay(), null, `first ${i}`],
        [delay(), `second ${i}`],
      ];
    else if (roll < 0.6)
      replies = [
        [null, null, i],
        ['throw', `late throw ${i}`],
      ];
    else replies = [[delay(), null, i]];
    calls.push([args, replies]);
  }
  return [calls];
}

/**
 * The work is per call of the promisified function: the complexity check spreads a run's
 * steps over them.
 * @param {[unknown[]]} args
 */
export function calls([list]) {
  return list.length;
}
