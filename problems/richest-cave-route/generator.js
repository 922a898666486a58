/**
 * A tree of at least one node (`size` nodes) in level order. Values are in [-1000, 1000]
 * (in [-6, 6] up to 10 nodes, so they repeat); about one input in four has only negative
 * values, and one in four leans negative. Up to 10 nodes its shape is random; from 16 up
 * it is one family: a random path (a quarter of the nodes, at most 450 levels) turning
 * left or right at random, with a small balanced subtree hung on the other side of each
 * path node, bigger further down. So the tree is at most about 460 levels deep and most
 * nodes are deep.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const root = treeShape(Math.max(1, size), random);
  const range = size <= 10 ? 6 : 1000;
  const roll = random();
  const value = () => {
    const v = int(2 * range + 1) - range;
    if (roll < 0.25) return -1 - int(range);
    if (roll < 0.5 && v > 0 && random() < 0.6) return -v;
    return v;
  };
  const levelOrder = [];
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const n = queue[head];
    if (n === null) levelOrder.push(null);
    else {
      levelOrder.push(value());
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
  const rest = size - pathLength;
  const weights = Array.from({ length: pathLength }, (_, d) => d + 1);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const sides = weights.map((w) => Math.floor((rest * w) / totalWeight));
  sides[pathLength - 1] += rest - sides.reduce((a, b) => a + b, 0);
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
