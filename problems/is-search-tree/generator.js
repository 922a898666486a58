/**
 * A tree of `size` nodes in level order. Its shape is random for small sizes; for large
 * ones it is a long random path (a few hundred levels) with a small balanced subtree hung
 * on the other side of each path node, bigger further down, so the tree is at most about
 * 460 levels deep and most nodes are deep. Values are assigned in order, so the tree
 * starts as a search tree; about one input in two is then spoilt by swapping two values,
 * repeating a value, or moving a value just past an ancestor's.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  return treeOf(size, random, true);
}

/**
 * The worst case of checking: a tree of the same shapes that is never spoilt, so every node
 * must be visited to know it is a search tree.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  return treeOf(size, random, false);
}

/** A tree as `generate` describes, spoilt about one time in two when `spoilable`. */
function treeOf(size, random, spoilable) {
  const int = (below) => Math.floor(random() * below);
  const node = () => ({ val: 0, left: null, right: null });

  /** A balanced shape of `count` nodes. */
  const balanced = (count) => {
    if (count === 0) return null;
    const root = node();
    const leftCount = Math.floor((count - 1) / 2);
    root.left = balanced(leftCount);
    root.right = balanced(count - 1 - leftCount);
    return root;
  };
  /** A random shape of `count` nodes (a random split at each node). */
  const randomShape = (count) => {
    if (count === 0) return null;
    const root = node();
    const leftCount = int(count);
    root.left = randomShape(leftCount);
    root.right = randomShape(count - 1 - leftCount);
    return root;
  };

  let root = null;
  if (size <= 2000) root = randomShape(size);
  else {
    const pathLength = 450;
    const rest = size - pathLength;
    // Side subtree sizes grow linearly down the path.
    const weights = Array.from({ length: pathLength }, (_, d) => d + 1);
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const sides = weights.map((w) => Math.floor((rest * w) / totalWeight));
    sides[pathLength - 1] += rest - sides.reduce((a, b) => a + b, 0);
    let at = null;
    let direction = 'left';
    for (let d = 0; d < pathLength; d++) {
      const next = node();
      if (at === null) root = next;
      else at[direction] = next;
      at = next;
      // The path goes on to one side; the side subtree hangs on the other.
      direction = random() < 0.5 ? 'left' : 'right';
      at[direction === 'left' ? 'right' : 'left'] = balanced(sides[d]);
    }
  }

  // In-order positions, then sorted distinct values.
  const order = [];
  const stack = [];
  for (let n = root; n !== null || stack.length > 0; ) {
    while (n !== null) {
      stack.push(n);
      n = n.left;
    }
    n = stack.pop();
    order.push(n);
    n = n.right;
  }
  const [low, span] = size <= 10 ? [-20, 41] : [-(2 ** 31), 2 ** 32];
  const values = new Set();
  while (values.size < order.length) values.add(low + int(span));
  const sorted = [...values].sort((a, b) => a - b);
  order.forEach((n, i) => {
    n.val = sorted[i];
  });

  if (spoilable && order.length >= 2 && random() < 0.5) {
    const spoil = int(3);
    const i = int(order.length - 1);
    if (spoil === 0) {
      const j = int(order.length);
      [order[i].val, order[j].val] = [order[j].val, order[i].val];
    } else if (spoil === 1) {
      order[i + 1].val = order[i].val;
    } else {
      // Just past its in-order successor: out of place, though maybe fine for its parent.
      order[i].val = Math.min(order[i + 1].val + 1, 2 ** 31 - 1);
    }
  }

  const levelOrder = [];
  const queue = [root];
  for (let head = 0; head < queue.length; head++) {
    const n = queue[head];
    if (n === null) levelOrder.push(null);
    else {
      levelOrder.push(n.val);
      queue.push(n.left, n.right);
    }
  }
  while (levelOrder.length > 0 && levelOrder[levelOrder.length - 1] === null) levelOrder.pop();
  return [levelOrder];
}
