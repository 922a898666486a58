/**
 * `min(size, 12)` different scoop sizes in [2, 60], in random order, and a target of up to
 * 60 that grows with the size. While there are more than 2 000 ways (counted by dynamic
 * programming), the target is lowered by one. Sizes past 12 give the same input as 12.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, Math.min(12, size));
  const small = size <= 10;
  const pool = [];
  for (let v = 2; v <= (small ? 15 : 60); v++) pool.push(v);
  const scoops = [];
  while (scoops.length < n) scoops.push(pool.splice(int(pool.length), 1)[0]);
  let target = small ? 1 + int(30) : 40 + int(21);
  while (countWays(scoops, target) > 2000) target--;
  return [scoops, target];
}

/** How many ways `scoops` make `target`: the classic coin-change count. */
function countWays(scoops, target) {
  const ways = new Array(target + 1).fill(0);
  ways[0] = 1;
  for (const s of scoops) for (let t = s; t <= target; t++) ways[t] += ways[t - s];
  return ways[target];
}
