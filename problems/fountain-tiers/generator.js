/**
 * A tree of `size` nodes in level order. Up to 10 nodes its shape is random and values are
 * small (so they repeat); from 16 up it is one family, both deep and wide: a random path
 * (a quarter of the nodes, at most 450 levels) turning left or right at random, with a
 * small balanced subtree hung on the other side of each path node, bigger further down,
 * except that the root's holds half the remaining nodes. So the tree is at most about 460
 * levels deep, its widest tier holds about a sixth of the nodes, and every tier walk from
 * the root meets that big subtree.
 * Values are in [-10⁹, 10⁹].
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const range = size <= 10 ? 5 : 1_000_000_000;
  const root = treeShape(size, random);
  const levelOrder = [];
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const n = queue[head];
    if (n === null) levelOrder.push(null);
    else {
      levelOrder.push(int(2 * range + 1) - range);
      queue.push(n.left, n.right);
    }
  }
  while (levelOrder.length > 0 && levelOrder[levelOrder.length - 1] === null) levelOrder.pop();
  return [levelOrder];
}

/** The shape `generate` describes, as `{ left, right }` objects (null for no tree). */
function treeShape(size, random) {
  const int = (below) => Math.floor(random() * below);
  const node = () => ({ left: null, right: null });
  const balanced = (count) => {
    if (count === 0) return null;
    const root = node();
    const leftCount = Math.floor((count - 1) / 2);
    root.left = balanced(leftCount);
    root.right = balanced(count - 1 - leftCount);
    return root;
  };
  const randomShape = (count) => {
    if (count === 0) return null;
    const root = node();
    const leftCount = int(count);
    root.left = randomShape(leftCount);
    root.right = randomShape(count - 1 - leftCount);
    return root;
  };
  if (size <= 10) return randomShape(size);

  const pathLength = Math.min(450, Math.ceil(size / 4));
  const top = Math.floor((size - pathLength) / 2);
  const rest = size - pathLength - top;
  const weights = Array.from({ length: pathLength }, (_, d) => d + 1);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const sides = weights.map((w) => Math.floor((rest * w) / totalWeight));
  sides[pathLength - 1] += rest - sides.reduce((a, b) => a + b, 0);
  sides[0] += top;
  let root = null;
  let at = null;
  let direction = 'left';
  for (let d = 0; d < pathLength; d++) {
    const next = node();
    if (at === null) root = next;
    else at[direction] = next;
    at = next;
    direction = random() < 0.5 ? 'left' : 'right';
    at[direction === 'left' ? 'right' : 'left'] = balanced(sides[d]);
  }
  return root;
}
