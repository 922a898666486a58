// Compares the two search routes and returns the node at the first index where they
// differ, one step past the last shared node (and past the end when one route contains
// the other).
function lowestCommonAncestor(root, p, q) {
  function route(target) {
    const nodes = [];
    for (let node = root; node !== null; node = target < node.val ? node.left : node.right) {
      nodes.push(node);
      if (node.val === target) break;
    }
    return nodes;
  }
  const a = route(p);
  const b = route(q);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a[i];
}
