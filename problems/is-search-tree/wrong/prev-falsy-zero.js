// Bug: in-order walk that checks `if (prev && val <= prev)`, so after a 0 the order is not checked.
function isValidBST(root) {
  let prev = null;
  let good = true;
  const walk = (node) => {
    if (node === null || !good) return;
    walk(node.left);
    if (prev && node.val <= prev) good = false;
    prev = node.val;
    walk(node.right);
  };
  walk(root);
  return good;
}
