/**
 * A cutoff rank k, some starting scores and `size` adds. Up to size 10, k is 1 to 4 and the
 * scores come from -3 to 3, so ties are common and the first answers may be null. From 16
 * up, k is a quarter of `size`, there are size / 8 starting scores, and the scores are
 * random in ±10⁹: the top k the solution keeps grows with size.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const small = size <= 10;
  const k = small ? 1 + int(4) : Math.max(1, Math.floor(size / 4));
  const range = small ? 3 : 1_000_000_000;
  const score = () => int(2 * range + 1) - range;
  const scores = Array.from({ length: small ? int(4) : Math.floor(size / 8) }, score);
  const calls = [['new', k, scores]];
  for (let i = 0; i < size; i++) calls.push(['add', score()]);
  return calls;
}

/**
 * The worst case of keeping the top k sorted: k is half of `size` and the scores only rise,
 * so every add belongs at the top and pushes the smallest kept score out.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const k = Math.max(1, Math.floor(size / 2));
  let score = -1_000_000_000;
  const next = () => (score += 1 + Math.floor(random() * 1000));
  const scores = Array.from({ length: Math.floor(size / 8) }, next);
  const calls = [['new', k, scores]];
  for (let i = 0; i < size; i++) calls.push(['add', next()]);
  return calls;
}
