/**
 * `size` random calls after the constructor, never popping or reading an empty stack.
 * Pushes outnumber pops, so the stack keeps growing (to about a third of `size`), and a
 * third of the calls ask for the minimum. Small inputs use few distinct values so that
 * the minimum repeats.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const range = size <= 10 ? 3 : 1_000_000_000;
  const calls = [['new']];
  let height = 0;
  for (let i = 0; i < size; i++) {
    const roll = random();
    if (height === 0 || roll < 0.45) {
      calls.push(['push', Math.floor(random() * (2 * range + 1)) - range]);
      height++;
    } else if (roll < 0.6) {
      calls.push(['pop']);
      height--;
    } else if (roll < 0.7) calls.push(['top']);
    else calls.push(['getMin']);
  }
  return calls;
}

/**
 * The worst case of keeping the values in a heap or another sorted structure: calls as
 * `generate` makes them, but every value pushed is below all before it, so each is the new
 * minimum, and each pop takes the minimum away.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const calls = [['new']];
  let height = 0;
  let value = 1_000_000_000;
  for (let i = 0; i < size; i++) {
    const roll = random();
    if (height === 0 || roll < 0.45) {
      value -= 1 + Math.floor(random() * 1000);
      calls.push(['push', value]);
      height++;
    } else if (roll < 0.6) {
      calls.push(['pop']);
      height--;
    } else if (roll < 0.7) calls.push(['top']);
    else calls.push(['getMin']);
  }
  return calls;
}
