/**
 * The trios may come in any order; each must be three charges in ascending order, listed
 * once, and together they must be exactly the reference's trios. A charge of -0 counts as
 * 0 (a solution that computes the third charge as `-(a + b)` may produce it).
 * @param {{ args: [number[]], expected: number[][], actual: unknown }} input
 * @returns {true | string}
 */
export function check({ expected, actual }) {
  if (!Array.isArray(actual)) return 'expected an array of trios';
  const keys = new Set();
  for (const trio of actual) {
    if (!Array.isArray(trio) || trio.length !== 3 || !trio.every(Number.isInteger)) {
      return `${JSON.stringify(trio)} is not a trio of three whole numbers`;
    }
    const [a, b, c] = trio.map((charge) => charge + 0);
    if (a > b || b > c) return `[${a}, ${b}, ${c}] is not in ascending order`;
    if (a + b + c !== 0) return `[${a}, ${b}, ${c}] adds up to ${a + b + c}, not 0`;
    const key = `${a},${b},${c}`;
    if (keys.has(key)) return `[${a}, ${b}, ${c}] is listed more than once`;
    keys.add(key);
  }
  const wanted = new Set(expected.map((trio) => trio.join(',')));
  for (const key of keys) {
    if (!wanted.has(key)) return `[${key.replaceAll(',', ', ')}] cannot be made from the tray`;
  }
  if (keys.size !== wanted.size) {
    const missing = [...wanted].find((key) => !keys.has(key));
    return `${wanted.size} trios expected, got ${keys.size}; [${missing.replaceAll(',', ', ')}] is missing`;
  }
  return true;
}
