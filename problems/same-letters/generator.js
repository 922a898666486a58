/**
 * Random tiles of length `size` over the first k letters (k random, 1 to 26), and a word
 * that is a shuffle of them, or a shuffle with one letter changed, added or removed.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  return wordsOf(size, random, 4);
}

/**
 * The worst case of comparing: the word is as long as the tiles (a shuffle of them, with one
 * letter changed half the time), so no length check can answer early.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  return wordsOf(size, random, 2);
}

/** Tiles and a word as `generate` describes; `changes` 2 keeps the word as long as the tiles. */
function wordsOf(size, random, changes) {
  const int = (below) => Math.floor(random() * below);
  const k = 1 + int(26);
  const letter = () => String.fromCharCode(97 + int(k));
  const tiles = Array.from({ length: size }, letter);
  const word = [...tiles];
  for (let i = word.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [word[i], word[j]] = [word[j], word[i]];
  }
  const change = int(changes);
  if (change === 1 && word.length > 0 && k > 1) {
    const at = int(word.length);
    const shift = 1 + int(k - 1);
    word[at] = String.fromCharCode(97 + ((word[at].charCodeAt(0) - 97 + shift) % k));
  } else if (change === 2) {
    word.splice(int(word.length + 1), 0, letter());
  } else if (change === 3 && word.length > 0) {
    word.splice(int(word.length), 1);
  }
  return [tiles.join(''), word.join('')];
}
