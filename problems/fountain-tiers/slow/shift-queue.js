// Right, but takes nodes off the front of the queue with shift, which moves every node
// still waiting: on a wide tree each shift costs O(n), O(n²) in all.
function basinTiers(root) {
  if (root === null) return [];
  const tiers = [];
  const queue = [root];
  while (queue.length > 0) {
    const count = queue.length;
    const values = [];
    for (let i = 0; i < count; i++) {
      const node = queue.shift();
      values.push(node.val);
      if (node.left) queue.push(node.left);
      if (node.right) queue.push(node.right);
    }
    tiers.push(values);
  }
  return tiers;
}
