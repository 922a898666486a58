/**
 * Right when the answer builds every package once with each need first, or is [] exactly
 * when no such order exists.
 * @param {{ args: [number, [number, number][]], actual: unknown }} input
 * @returns {true | string}
 */
export function check({ args, actual }) {
  const [n, needs] = args;
  if (!Array.isArray(actual)) return 'expected an array of package numbers';
  const cycle = findCycle(n, needs);
  if (actual.length === 0) {
    return cycle ? true : 'an order exists (the needs have no cycle), but the answer is []';
  }
  if (cycle) {
    return `no order exists: ${cycle.join(' needs ')}, so the answer must be []`;
  }
  if (actual.length !== n) return `the order has ${actual.length} packages, not ${n}`;
  const position = new Array(n).fill(-1);
  for (let i = 0; i < actual.length; i++) {
    const p = actual[i];
    if (!Number.isInteger(p) || p < 0 || p >= n) return `${JSON.stringify(p)} is not a package (0 to ${n - 1})`;
    if (position[p] >= 0) return `package ${p} appears twice`;
    position[p] = i;
  }
  for (const [a, b] of needs) {
    if (position[b] > position[a]) return `package ${a} is built before package ${b}, which it needs`;
  }
  return true;
}

/** A cycle of needs as a list of packages `[a, b, ..., a]` (a needs b ...), or null. */
function findCycle(n, needs) {
  const waitingFor = new Array(n).fill(0);
  const neededBy = Array.from({ length: n }, () => []);
  const needsOf = Array.from({ length: n }, () => []);
  for (const [a, b] of needs) {
    waitingFor[a]++;
    neededBy[b].push(a);
    needsOf[a].push(b);
  }
  const ready = [];
  for (let p = 0; p < n; p++) if (waitingFor[p] === 0) ready.push(p);
  for (let i = 0; i < ready.length; i++) {
    for (const next of neededBy[ready[i]]) if (--waitingFor[next] === 0) ready.push(next);
  }
  if (ready.length === n) return null;
  // Every package left waits for another package left: follow its needs until one repeats.
  let p = waitingFor.findIndex((count) => count > 0);
  const seenAt = new Map();
  const path = [];
  while (!seenAt.has(p)) {
    seenAt.set(p, path.length);
    path.push(p);
    p = needsOf[p].find((b) => waitingFor[b] > 0);
  }
  return [...path.slice(seenAt.get(p)), p];
}
