/**
 * `size` magnets (at most 6 up to size 10, for the brute force) whose numbers are built
 * from a few digits, so that one is often a prefix of another (3, 30, 34, 303, 3034): each
 * is a random stem, sometimes extended by a digit or two, with some zeros and now and then
 * 10⁹.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = size <= 10 ? Math.min(Math.max(1, size), 6) : size;
  const digits = ['0123456789', '09', '389', '123', '89'][int(5)];
  const digit = () => digits[int(digits.length)];
  const stems = Array.from({ length: 1 + int(8) }, () => {
    let stem = String(1 + int(9));
    for (let more = int(size <= 10 ? 3 : 8); more > 0; more--) stem += digit();
    return stem;
  });
  const magnets = [];
  for (let i = 0; i < n; i++) {
    const roll = random();
    if (roll < 0.08) magnets.push(0);
    else if (roll < 0.1) magnets.push(1_000_000_000);
    else {
      let text = stems[int(stems.length)];
      for (let more = int(3); more > 0 && text.length < 9; more--) text += digit();
      magnets.push(Number(text));
    }
  }
  return [magnets];
}
