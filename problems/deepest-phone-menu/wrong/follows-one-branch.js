// Walks down one route only, taking key 1 whenever there is a menu behind it: the longest
// route may turn right where a shorter left branch exists.
function maxDepth(root) {
  let depth = 0;
  let node = root;
  while (node !== null) {
    depth++;
    node = node.left !== null ? node.left : node.right;
  }
  return depth;
}
