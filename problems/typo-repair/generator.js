/**
 * Two words of up to `size` letters. Half the time the intended word is the typed one with
 * a few random typos (insertions, deletions, replacements), so most letters still match;
 * otherwise the two words are unrelated. The alphabet is 2 to 26 letters, so small
 * alphabets give many chance matches.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const letters = 2 + int(25);
  const letter = () => String.fromCharCode(97 + int(letters));
  const word = (length) => Array.from({ length }, letter).join('');
  const length = () => size - int(Math.floor(size / 4) + 1);
  const typed = word(length());
  if (random() < 0.5) return [typed, word(length())];
  const intended = typed.split('');
  const typos = int(Math.floor(size / 4) + 2);
  for (let t = 0; t < typos; t++) {
    const at = int(intended.length + 1);
    const kind = int(3);
    if (kind === 0 && intended.length < size) intended.splice(at, 0, letter());
    else if (kind === 1 && at < intended.length) intended.splice(at, 1);
    else if (at < intended.length) intended[at] = letter();
  }
  return [typed, intended.join('')];
}

/**
 * The worst case of trying every edit without remembering results: two words of `size`
 * letters with no letter in common, so that no pair of positions ever matches and every
 * step branches three ways.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const word = (first) =>
    Array.from({ length: size }, () => String.fromCharCode(first + Math.floor(random() * 13))).join('');
  return [word(97), word(110)];
}
