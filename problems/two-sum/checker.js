/**
 * Any two different in-range indices whose values sum to the target are right, in either
 * order.
 * @param {{ args: [number[], number], actual: unknown }} input
 * @returns {true | string}
 */
export function check({ args, actual }) {
  const [nums, target] = args;
  if (!Array.isArray(actual) || actual.length !== 2) {
    return 'expected an array of two indices';
  }
  const [i, j] = actual;
  for (const index of [i, j]) {
    if (!Number.isInteger(index) || index < 0 || index >= nums.length) {
      return `${String(index)} is not an index of nums (0 to ${nums.length - 1})`;
    }
  }
  if (i === j) return `both indices are ${i}: a position may be used only once`;
  if (nums[i] + nums[j] !== target) {
    return `nums[${i}] + nums[${j}] is ${nums[i] + nums[j]}, not ${target}`;
  }
  return true;
}
