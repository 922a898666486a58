/**
 * The answer must equal the reference's position by position, except that `0` and `-0`
 * count as the same number (which one comes out depends only on the order of the
 * multiplications).
 * @param {{ args: [number[]], expected: number[], actual: unknown }} input
 * @returns {true | string}
 */
export function check({ args, expected, actual }) {
  const [gains] = args;
  if (!Array.isArray(actual)) return 'expected an array of numbers';
  if (actual.length !== gains.length) {
    return `expected ${gains.length} products (one per stage), got ${actual.length}`;
  }
  for (let i = 0; i < actual.length; i++) {
    if (actual[i] !== expected[i]) {
      return `result[${i}] is ${String(actual[i])}, expected ${expected[i]}`;
    }
  }
  return true;
}
