/**
 * A random binary search tree of `size` nodes (distinct values inserted in random order,
 * so about 2·log₂(n) to 4·log₂(n) levels deep, far below the 500 allowed), and `size`
 * pairs: about one in ten asks for a value with itself, three in ten for a node and one of
 * its ancestors, the rest for two random nodes (either may come first). Values are in
 * [-20, 20] up to 10 nodes, in [-10⁹, 10⁹] above.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const { levelOrder, nodes } = searchTree(size, random);
  const pairs = [];
  for (let k = 0; k < Math.max(1, size); k++) {
    const x = nodes[int(nodes.length)];
    const roll = random();
    let y;
    if (roll < 0.1) y = x;
    else if (roll < 0.4) y = x.route[int(x.route.length)];
    else y = nodes[int(nodes.length)];
    pairs.push(random() < 0.5 ? [x.val, y.val] : [y.val, x.val]);
  }
  return [levelOrder, pairs];
}

/**
 * The same trees, with pairs that make every search walk to the bottom: two of the deepest
 * nodes, or one of them with itself.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const int = (below) => Math.floor(random() * below);
  const { levelOrder, nodes } = searchTree(size, random);
  const depth = Math.max(...nodes.map((n) => n.route.length));
  const deepest = nodes.filter((n) => n.route.length >= depth - 1);
  const pairs = [];
  for (let k = 0; k < Math.max(1, size); k++) {
    const x = deepest[int(deepest.length)];
    const y = random() < 0.5 ? x : deepest[int(deepest.length)];
    pairs.push([x.val, y.val]);
  }
  return [levelOrder, pairs];
}

export function calls(args) {
  return args[1].length;
}

/** A random search tree: its level order, and its nodes, each with `route` (the root down to the node itself). */
function searchTree(size, random) {
  const int = (below) => Math.floor(random() * below);
  const count = Math.max(1, size);
  const [low, span] = count <= 10 ? [-20, 41] : [-1_000_000_000, 2_000_000_001];
  const values = new Set();
  while (values.size < count) values.add(low + int(span));
  const order = [...values];
  for (let i = order.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const nodes = [];
  let root = null;
  for (const val of order) {
    const node = { val, left: null, right: null, route: [] };
    nodes.push(node);
    if (root === null) {
      root = node;
      node.route.push(node);
      continue;
    }
    let at = root;
    while (true) {
      node.route.push(at);
      const side = val < at.val ? 'left' : 'right';
      if (at[side] === null) {
        at[side] = node;
        node.route.push(node);
        break;
      }
      at = at[side];
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
  return { levelOrder, nodes };
}
