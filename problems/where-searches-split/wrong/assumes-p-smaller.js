// Assumes p is the smaller value: goes left when the node is above q and right when it is
// below p, which sends the search the wrong way when p > q.
function lowestCommonAncestor(root, p, q) {
  let node = root;
  while (node !== null) {
    if (node.val > q) node = node.left;
    else if (node.val < p) node = node.right;
    else return node;
  }
  return null;
}
