// A search tree read in order (left, node, right) gives its values strictly increasing.
function isValidBST(root) {
  const values = [];
  function inOrder(node) {
    if (node === null) return;
    inOrder(node.left);
    values.push(node.val);
    inOrder(node.right);
  }
  inOrder(root);
  for (let i = 1; i < values.length; i++) if (values[i - 1] >= values[i]) return false;
  return true;
}
