/**
 * A random line of about `size` characters: balanced brackets (as a random walk, so they
 * nest a few hundred deep at 10⁵) mixed with letters and spaces. About one input in two
 * then has one bracket changed, dropped or added, so both answers are common.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  return textOf(size, random, true);
}

/**
 * The worst case of checking: a balanced text (never edited), so every character is read
 * before the answer is known.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  return textOf(size, random, false);
}

/** A text as `generate` describes, edited about half the time when `editable`. */
function textOf(size, random, editable) {
  const int = (below) => Math.floor(random() * below);
  const openers = '([{';
  const closerOf = { '(': ')', '[': ']', '{': '}' };
  const filler = 'abcxyz01 +-=;.,';
  const out = [];
  const open = [];
  while (out.length < size) {
    const roll = random();
    const left = size - out.length;
    if (roll < 0.2) out.push(filler[int(filler.length)]);
    else if (open.length > 0 && (open.length >= left || roll < 0.6)) out.push(closerOf[open.pop()]);
    else {
      const ch = openers[int(3)];
      open.push(ch);
      out.push(ch);
    }
  }
  while (open.length > 0) out.push(closerOf[open.pop()]);
  if (editable && random() < 0.5) {
    const brackets = '()[]{}';
    const at = int(out.length + 1);
    const edit = int(3);
    if (edit === 0) out.splice(at, 0, brackets[int(6)]);
    else if (edit === 1 && at < out.length) out.splice(at, 1);
    else if (at < out.length) out[at] = brackets[int(6)];
  }
  return [out.join('')];
}
