/**
 * Right when every distinct sub-multiset of the coins appears exactly once, in any order,
 * with the values of each handful in any order.
 * @param {{ args: [number[]], actual: unknown }} input
 * @returns {true | string}
 */
export function check({ args, actual }) {
  const [coins] = args;
  if (!Array.isArray(actual)) return 'expected an array of handfuls';
  const available = new Map();
  for (const coin of coins) available.set(coin, (available.get(coin) ?? 0) + 1);
  let total = 1;
  for (const count of available.values()) total *= count + 1;

  const seen = new Set();
  for (const handful of actual) {
    if (!Array.isArray(handful) || !handful.every((v) => typeof v === 'number')) {
      return `${JSON.stringify(handful)} is not an array of coin values`;
    }
    const sorted = [...handful].sort((a, b) => a - b);
    const key = JSON.stringify(sorted);
    const used = new Map();
    for (const value of sorted) used.set(value, (used.get(value) ?? 0) + 1);
    for (const [value, count] of used) {
      if (count > (available.get(value) ?? 0)) {
        return `${key} takes ${count} coin(s) of value ${value}, but the jar has ${available.get(value) ?? 0}`;
      }
    }
    if (seen.has(key)) return `the handful ${key} is listed more than once`;
    seen.add(key);
  }
  if (seen.size < total) {
    const missing = firstMissing(
      [...available.entries()].sort((a, b) => a[0] - b[0]),
      seen,
    );
    return `${seen.size} distinct handfuls, but there are ${total}${missing ? `: ${missing} is missing` : ''}`;
  }
  return true;
}

/** The first handful (in counting order) that is not in `seen`, as text. */
function firstMissing(counts, seen) {
  const take = counts.map(() => 0);
  for (;;) {
    const handful = counts.flatMap(([value], i) => Array(take[i]).fill(value));
    const key = JSON.stringify(handful);
    if (!seen.has(key)) return key;
    let i = 0;
    while (i < counts.length && take[i] === counts[i][1]) take[i++] = 0;
    if (i === counts.length) return null;
    take[i]++;
  }
}
