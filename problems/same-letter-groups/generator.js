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
