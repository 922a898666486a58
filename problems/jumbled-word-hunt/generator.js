/**
 * A word of 1 to about a quarter of `size` letters and a strip of `size` letters over a
 * small random alphabet, built from jumbled copies of the word (sometimes with one letter
 * swapped for another) between short runs of random letters, so blocks that almost match
 * are common. Up to size 10 the alphabet has at most three letters.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const letters = 'abcdefghijklmnopqrstuvwxyz'.slice(0, n <= 10 ? 1 + int(3) : 2 + int(25));
  const pick = () => letters[int(letters.length)];
  const m = n <= 10 ? 1 + int(Math.min(n + 1, 4)) : 1 + int(Math.ceil(n / 4));
  const word = Array.from({ length: m }, pick);
  const strip = [];
  while (strip.length < n) {
    if (random() < 0.5) {
      const copy = [...word];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      if (random() < 0.3) copy[int(copy.length)] = pick();
      strip.push(...copy);
    } else {
      for (let run = 1 + int(4); run > 0; run--) strip.push(pick());
    }
  }
  return [strip.slice(0, n).join(''), word.join('')];
}

/**
 * The worst case of checking every block on its own: a word half as long as the strip, so
 * there are n / 2 blocks of n / 2 letters each.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const n = Math.max(2, size);
  const strip = Array.from({ length: n }, () => 'ab'[Math.floor(random() * 2)]).join('');
  return [strip, strip.slice(0, Math.floor(n / 2))];
}
