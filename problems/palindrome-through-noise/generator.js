const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
const NOISE = ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/**
 * A text of `size` printable characters: a palindrome of letters and digits in random case,
 * with noise at random positions; for about half the inputs one letter or digit is then
 * changed so it no longer reads the same both ways.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  return textOf(size, random, true);
}

/**
 * The worst case of checking: a palindrome through the noise (never changed), so the two
 * ends must meet in the middle before the answer is known.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  return textOf(size, random, false);
}

/** A text as `generate` describes, with one character changed about half the time when `changeable`. */
function textOf(size, random, changeable) {
  const int = (below) => Math.floor(random() * below);
  const pick = (chars) => chars[int(chars.length)];
  const noiseRate = random() * 0.6;
  const isNoise = Array.from({ length: size }, () => random() < noiseRate);
  const kept = isNoise.filter((noise) => !noise).length;
  // A small alphabet for some inputs, so that a changed character is often a near miss.
  const alphabet = ALPHANUMERIC.slice(0, 1 + int(ALPHANUMERIC.length));
  const core = [];
  for (let i = 0; i < Math.ceil(kept / 2); i++) core.push(pick(alphabet));
  for (let i = Math.floor(kept / 2) - 1; i >= 0; i--) core.push(core[i]);
  if (changeable && random() < 0.5 && kept > 1) {
    const at = int(kept);
    const mirror = kept - 1 - at;
    if (at !== mirror) {
      let other = pick(ALPHANUMERIC);
      while (other === core[mirror]) other = pick(ALPHANUMERIC);
      core[at] = other;
    }
  }
  let next = 0;
  const chars = isNoise.map((noise) => {
    if (noise) return pick(NOISE);
    const c = core[next++];
    return random() < 0.5 ? c.toUpperCase() : c;
  });
  return [chars.join('')];
}
