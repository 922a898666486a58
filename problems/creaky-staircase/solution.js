// ways[i] is the number of climbs that end on step i: 0 on a broken step, otherwise the
// climbs ending one step below plus those ending two below. O(n) time and space.
function countClimbs(n, broken) {
  const MOD = 1_000_000_007;
  const isBroken = new Array(n + 1).fill(false);
  for (const step of broken) isBroken[step] = true;
  const ways = new Array(n + 1).fill(0);
  ways[0] = 1;
  for (let i = 1; i <= n; i++) {
    if (isBroken[i]) continue;
    ways[i] = (ways[i - 1] + (i >= 2 ? ways[i - 2] : 0)) % MOD;
  }
  return ways[n];
}
