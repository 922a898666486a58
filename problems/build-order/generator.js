/**
 * `size` packages spread over at most 300 levels; each need points from a package to one
 * on a lower level, so chains are at most 300 long. About one input in three then gets a
 * single need pointing the other way, closing a cycle; any simple chain then has at most
 * 600 packages. Small inputs sometimes let a package need itself, and some inputs repeat
 * a need.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const levels = Math.max(1, Math.min(300, Math.ceil(n / 3)));
  // Packages in random order, each given a level.
  const packages = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = int(i + 1);
    [packages[i], packages[j]] = [packages[j], packages[i]];
  }
  const level = new Array(n);
  packages.forEach((p, i) => {
    level[p] = Math.floor((i * levels) / n);
  });
  const byLevel = Array.from({ length: levels }, () => []);
  for (let p = 0; p < n; p++) byLevel[level[p]].push(p);

  const needs = [];
  const count = n <= 10 ? int(2 * n) : 2 * n;
  for (let k = 0; k < count; k++) {
    const a = int(n);
    if (level[a] === 0) continue;
    const below = level[a] - 1 - int(Math.min(level[a], 3));
    const group = byLevel[Math.max(0, below)];
    needs.push([a, group[int(group.length)]]);
  }
  const roll = random();
  if (roll < 0.33 && needs.length > 0) {
    // Close a cycle: walk down the needs from some package x to a package y it depends
    // on, then make y need x.
    const needsOf = Array.from({ length: n }, () => []);
    for (const [a, b] of needs) needsOf[a].push(b);
    const x = needs[int(needs.length)][0];
    let y = x;
    for (let steps = 1 + int(levels); steps > 0 && needsOf[y].length > 0; steps--) {
      y = needsOf[y][int(needsOf[y].length)];
    }
    needs.push([y, x]);
  } else if (roll < 0.4 && n <= 10) {
    const a = int(n);
    needs.push([a, a]);
  } else if (roll < 0.5 && needs.length > 0) {
    needs.push(needs[int(needs.length)]);
  }
  // Shuffle the needs so their order says nothing.
  for (let i = needs.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [needs[i], needs[j]] = [needs[j], needs[i]];
  }
  return [n, needs];
}

/**
 * `size` packages (at most 10 000) on as many levels as the generator uses (at most 300),
 * numbered so that the packages needing nothing come last and each level up comes before
 * the one below it; every package above the ground level needs two packages one level
 * down, and there is no cycle, so every package gets built. A search that scans the
 * packages from 0 for the next one it can build walks past every package still waiting
 * before it finds one, for every build.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const n = Math.max(1, Math.min(10_000, size));
  const levels = Math.max(1, Math.min(300, Math.ceil(n / 3)));
  // Package p sits on level levels - 1 - floor(p · levels / n): the highest level first.
  const levelOf = (p) => levels - 1 - Math.floor((p * levels) / n);
  const byLevel = Array.from({ length: levels }, () => []);
  for (let p = 0; p < n; p++) byLevel[levelOf(p)].push(p);
  const needs = [];
  for (let p = 0; p < n; p++) {
    const level = levelOf(p);
    if (level === 0) continue;
    const group = byLevel[level - 1];
    for (let k = 0; k < 2; k++) needs.push([p, group[Math.floor(random() * group.length)]]);
  }
  for (let i = needs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [needs[i], needs[j]] = [needs[j], needs[i]];
  }
  return [n, needs];
}
