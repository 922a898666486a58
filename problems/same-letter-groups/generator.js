/**
 * `size` words, each a shuffle of one of about size / 2.5 random roots of up to 8 letters
 * (some empty, some repeated exactly), over a random part of the alphabet, so groups of
 * different sizes, repeated words and letter-sum collisions all occur.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const alphabet = 2 + int(25);
  const rootCount = Math.max(1, Math.round(size / (1 + random() * 3)));
  const roots = Array.from({ length: rootCount }, () =>
    Array.from({ length: int(9) }, () => String.fromCharCode(97 + int(alphabet))),
  );
  const words = [];
  for (let i = 0; i < size; i++) {
    const letters = [...roots[int(rootCount)]];
    for (let j = letters.length - 1; j > 0; j--) {
      const k = int(j + 1);
      [letters[j], letters[k]] = [letters[k], letters[j]];
    }
    words.push(letters.join(''));
  }
  return [words];
}

/**
 * Every word a group of its own, all of one length: word i holds the i-th set of six
 * different letters (in lexicographic order of sets, shuffled within the word), so no two
 * words share their letters, and comparing each word with every group found so far
 * compares it with all the earlier words, while the work per word stays the same.
 * @param {number} size
 * @param {() => number} random
 */
export function worstCase(size, random) {
  const letters = [0, 1, 2, 3, 4, 5];
  const words = [];
  while (words.length < size) {
    words.push(
      shuffle(
        letters.map((l) => String.fromCharCode(97 + l)),
        random,
      ).join(''),
    );
    // The next set of six letters: raise the last letter that can still rise, and reset the rest after it.
    let i = letters.length - 1;
    while (i >= 0 && letters[i] === 26 - letters.length + i) i--;
    if (i < 0) break;
    letters[i]++;
    for (let j = i + 1; j < letters.length; j++) letters[j] = letters[j - 1] + 1;
  }
  return [words];
}

/** Fisher–Yates with the seeded random. */
function shuffle(items, random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
