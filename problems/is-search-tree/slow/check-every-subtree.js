// Right, but compares every node with every value of its two subtrees: O(n · h), slow on
// deep trees.
function isValidBST(root) {
  function allBelow(node, limit) {
    if (node === null) return true;
    return node.val < limit && allBelow(node.left, limit) && allBelow(node.right, limit);
  }
  function allAbove(node, limit) {
    if (node === null) return true;
    return node.val > limit && allAbove(node.left, limit) && allAbove(node.right, limit);
  }
  function valid(node) {
    if (node === null) return true;
    return allBelow(node.left, node.val) && allAbove(node.right, node.val) && valid(node.left) && valid(node.right);
  }
  return valid(root);
}
