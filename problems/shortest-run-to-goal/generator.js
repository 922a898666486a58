/**
 * `size` daily donations (mostly small, a few large) and a goal that is the total of a
 * random run of up to half the days, give or take a little, or now and then more than all
 * the days together. Up to size 10 donations are 1 to 5.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const small = n <= 10;
  const donations = Array.from({ length: n }, () =>
    small ? 1 + int(5) : random() < 0.05 ? 1 + int(10_000) : 1 + int(100),
  );
  const total = donations.reduce((sum, d) => sum + d, 0);
  let goal;
  if (random() < 0.15) {
    goal = total + 1 + int(small ? 3 : 1000);
  } else {
    const length = 1 + int(Math.max(1, Math.ceil(n / 2)));
    const from = int(n - length + 1);
    let sum = 0;
    for (let i = from; i < from + length; i++) sum += donations[i];
    goal = Math.max(1, sum + int(small ? 3 : 50) - (small ? 1 : 25));
  }
  return [donations, goal];
}

/**
 * The worst case of adding up from every start: a goal more than all the days together,
 * so every start adds up to the very end before giving up.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const n = Math.max(1, size);
  const donations = Array.from({ length: n }, () => 1 + Math.floor(random() * 100));
  return [donations, donations.reduce((sum, d) => sum + d, 0) + 1];
}
