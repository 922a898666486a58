// Breadth-first, but the loop over a tier reads queue.length while the children are
// pushed onto the same queue, so tiers run into each other.
function basinTiers(root) {
  if (root === null) return [];
  const queue = [root];
  const tiers = [];
  let head = 0;
  while (head < queue.length) {
    const values = [];
    for (let i = head; i < queue.length; i++) {
      const node = queue[head++];
      values.push(node.val);
      if (node.left) queue.push(node.left);
      if (node.right) queue.push(node.right);
    }
    tiers.push(values);
  }
  return tiers;
}
