// Walk the tree keeping each node's depth beside it, and remember the largest depth seen.
function maxDepth(root) {
  let deepest = 0;
  const stack = root === null ? [] : [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    if (depth > deepest) deepest = depth;
    if (node.left !== null) stack.push([node.left, depth + 1]);
    if (node.right !== null) stack.push([node.right, depth + 1]);
  }
  return deepest;
}
