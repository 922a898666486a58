/**
 * `size` leaves (small integers, strings, null, now and then a hole '<empty>') in arrays
 * nested up to six deep, and a depth of 0, 1, 2, 3, Infinity or none (undefined).
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const leaf = () => {
    const roll = random();
    if (roll < 0.05) return '<empty>';
    if (roll < 0.1) return null;
    if (roll < 0.2) return `s${int(100)}`;
    return int(1000) - 500;
  };
  const root = [];
  const stack = [root];
  for (let i = 0; i < size; i++) {
    const roll = random();
    if (roll < 0.06 && stack.length < 7) {
      const child = [];
      stack[stack.length - 1].push(child);
      stack.push(child);
    } else if (roll < 0.3 && stack.length > 1) {
      stack.pop();
    }
    stack[stack.length - 1].push(leaf());
  }
  const depths = [0, 1, 2, 3, Number.POSITIVE_INFINITY, undefined];
  return [root, depths[int(depths.length)]];
}

/**
 * `size` leaves, all numbers (no holes to skip), side by side at the top level except the
 * last, which sits 20 arrays deep, and a depth of Infinity: an approach that copies the
 * result for every element copies it once per leaf, and one that flattens a level at a time
 * while some element is still an array walks the whole array again for each of the 20
 * levels.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const leaves = Array.from({ length: Math.max(1, size) }, () => Math.floor(random() * 1000) - 500);
  let last = leaves.pop();
  for (let level = 0; level < 20; level++) last = [last];
  leaves.push(last);
  return [leaves, Number.POSITIVE_INFINITY];
}
