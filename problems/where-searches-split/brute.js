// Records the route of each search from the root, then returns the last node the two
// routes share.
function lowestCommonAncestor(root, p, q) {
  function route(target) {
    const nodes = [];
    let node = root;
    while (true) {
      nodes.push(node);
      if (node.val === target) return nodes;
      node = target < node.val ? node.left : node.right;
    }
  }
  const a = route(p);
  const b = route(q);
  let i = 0;
  while (i + 1 < a.length && i + 1 < b.length && a[i + 1] === b[i + 1]) i++;
  return a[i];
}
