const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A text of `size` letters over a random alphabet, plus one to three rare letters placed at
 * a few positions (about one in a thousand), so strips that need them are long. `need` takes some common
 * letters (with repeats) and usually some rare ones; for about one input in six it asks
 * for one copy more of a letter than the text has, so the answer is "".
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const shuffled = [...LETTERS];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const common = shuffled.slice(0, 2 + int(n <= 10 ? 3 : 30));
  const text = Array.from({ length: n }, () => common[int(common.length)]);
  // Rare letters, each at a few distinct positions.
  const rareCount = new Map();
  const isRare = new Array(n).fill(false);
  for (const letter of shuffled.slice(40, 41 + int(3))) {
    const copies = Math.max(1, Math.floor(n / 2000)) + int(Math.max(1, Math.floor(n / 1000)));
    let placed = 0;
    for (let attempt = 0; attempt < copies; attempt++) {
      const at = int(n);
      if (isRare[at]) continue;
      isRare[at] = true;
      text[at] = letter;
      placed++;
    }
    if (placed > 0) rareCount.set(letter, placed);
  }
  const need = Array.from({ length: 1 + int(Math.min(n, n <= 10 ? 3 : 30)) }, () => common[int(common.length)]);
  for (const [letter, count] of rareCount) {
    if (random() < 0.6) for (let c = 1 + int(Math.min(count, 3)); c > 0; c--) need.push(letter);
  }
  if (random() < 1 / 6) {
    const [letter, count] = [...rareCount][0] ?? [shuffled[51], 0];
    for (let c = 0; c <= count; c++) need.push(letter);
  }
  for (let i = need.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [need[i], need[j]] = [need[j], need[i]];
  }
  return [text.join(''), need.join('')];
}

/**
 * The worst case of growing a strip from every start: `need` asks for a letter that the text
 * holds only once, at a random place, so every strip that starts before it grows to it and
 * every strip after it grows to the end.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const shuffled = [...LETTERS];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const common = shuffled.slice(0, 2 + int(30));
  const text = Array.from({ length: n }, () => common[int(common.length)]);
  const rare = shuffled[40];
  text[int(n)] = rare;
  const need = [rare, ...Array.from({ length: int(Math.min(n, 30)) }, () => common[int(common.length)])];
  for (let i = need.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [need[i], need[j]] = [need[j], need[i]];
  }
  return [text.join(''), need.join('')];
}
