/**
 * `size` searches drawn with a skewed distribution from a vocabulary of about `size / 4`
 * terms (one term in four extends another by a letter, so prefixes tie-break), and `k`
 * between 1 and the number of distinct terms searched. Up to size 10 the terms come from
 * the letters `a` and `b` only, so counts tie and terms share prefixes.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const small = n <= 10;
  const letters = small ? 'ab' : 'abcdefghijklmnopqrstuvwxyz';
  const vocabulary = [];
  const seen = new Set();
  const target = small ? 1 + int(5) : Math.max(2, Math.floor(n / 4));
  while (vocabulary.length < target) {
    let term;
    if (vocabulary.length > 0 && random() < 0.25) {
      const base = vocabulary[int(vocabulary.length)];
      term = base.length < 10 ? base + letters[int(letters.length)] : base.slice(0, -1);
    } else {
      term = '';
      const length = 1 + int(small ? 3 : 10);
      for (let i = 0; i < length; i++) term += letters[int(letters.length)];
    }
    if (!seen.has(term)) {
      seen.add(term);
      vocabulary.push(term);
    }
  }
  const searches = Array.from({ length: n }, () => vocabulary[Math.floor(vocabulary.length * random() ** 2)]);
  const distinct = new Set(searches).size;
  return [searches, 1 + int(distinct)];
}

/**
 * The worst case of counting each term with a scan, or of picking the best term k times:
 * almost every search is a different term (two in three appear once, the rest twice), and
 * `k` is half the number of distinct terms, so nearly everything ties and must be ordered.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const searches = [];
  for (let i = 0; searches.length < n; i++) {
    let term = '';
    for (let v = i, d = 0; d < 4; d++, v = Math.floor(v / 26)) term = letters[v % 26] + term;
    const extra = int(4);
    for (let e = 0; e < extra; e++) term += letters[int(26)];
    searches.push(term);
    if (searches.length < n && random() < 1 / 3) searches.push(term);
  }
  for (let i = searches.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [searches[i], searches[j]] = [searches[j], searches[i]];
  }
  const distinct = new Set(searches).size;
  return [searches, Math.max(1, Math.floor(distinct / 2))];
}
