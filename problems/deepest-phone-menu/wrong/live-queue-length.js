// Breadth-first by levels, but the loop over a level reads queue.length while children
// are being added to the same queue, so levels run into each other.
function maxDepth(root) {
  if (root === null) return 0;
  const queue = [root];
  let depth = 0;
  while (queue.length > 0) {
    depth++;
    for (let i = 0; i < queue.length; i++) {
      const node = queue.shift();
      if (node.left !== null) queue.push(node.left);
      if (node.right !== null) queue.push(node.right);
    }
  }
  return depth;
}
