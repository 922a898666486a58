const NAMES = ['ash', 'shino', 'raku', 'celadon', 'tenmoku', 'oribe', 'temmoku', 'chun', 'kaki', 'nuka'];

/** A glaze name for number `i`: a real name for small numbers, then letters. */
function glazeName(i) {
  if (i < NAMES.length) return NAMES[i];
  let name = '';
  for (let v = i; name.length < 5; v = Math.floor(v / 26)) name += 'abcdefghijklmnopqrstuvwxyz'[v % 26];
  return `g${name}`;
}

/**
 * `size` batches. Up to size 10: at most four glazes and `rest` from 0 to 3. From 16 up:
 * the number of glazes is drawn between 1 and `size / 2` (skewed towards few), each batch
 * takes a glaze with a skewed distribution, and `rest` is small (0–5), medium (up to 100)
 * or huge (up to 10⁹), each a third of the time.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  if (n <= 10) {
    const glazes = 1 + int(4);
    return [Array.from({ length: n }, () => glazeName(int(glazes))), int(4)];
  }
  const glazes = 1 + Math.floor(random() ** 2 * Math.max(1, n / 2));
  const batches = Array.from({ length: n }, () => glazeName(Math.floor(glazes * random() ** 1.5)));
  const kind = int(3);
  const rest = kind === 0 ? int(6) : kind === 1 ? int(101) : int(1_000_000_001);
  return [batches, rest];
}

/**
 * The worst case of scanning every glaze each hour, and of the heap: about `size / 4`
 * glazes with widely different counts (so a scan is long and heap values sink deep), and a
 * rest of one hour, so almost every glaze stays in the heap.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const n = Math.max(1, size);
  const glazes = Math.max(1, Math.floor(n / 4));
  return [Array.from({ length: n }, () => glazeName(Math.floor(glazes * random() ** 2))), 1];
}
