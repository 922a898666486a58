// Tries every pair of chambers as the two ends of a route: climb from the deeper end (or
// both ends) until they meet, adding up the chambers passed.
function maxPathSum(root) {
  const nodes = [];
  const parent = new Map();
  const depth = new Map();
  const stack = [root];
  parent.set(root, null);
  depth.set(root, 0);
  while (stack.length > 0) {
    const node = stack.pop();
    nodes.push(node);
    for (const child of [node.left, node.right]) {
      if (child === null) continue;
      parent.set(child, node);
      depth.set(child, depth.get(node) + 1);
      stack.push(child);
    }
  }
  let best = Number.NEGATIVE_INFINITY;
  for (const a of nodes) {
    for (const b of nodes) {
      let x = a;
      let y = b;
      let sum = 0;
      while (depth.get(x) > depth.get(y)) {
        sum += x.val;
        x = parent.get(x);
      }
      while (depth.get(y) > depth.get(x)) {
        sum += y.val;
        y = parent.get(y);
      }
      while (x !== y) {
        sum += x.val + y.val;
        x = parent.get(x);
        y = parent.get(y);
      }
      best = Math.max(best, sum + x.val);
    }
  }
  return best;
}
