// Collect every node, sort the nodes by value, and relink them in that order.
// O((n + m) log(n + m)).
function mergeTwoLists(a, b) {
  const nodes = [];
  for (let node = a; node !== null; node = node.next) nodes.push(node);
  for (let node = b; node !== null; node = node.next) nodes.push(node);
  nodes.sort((x, y) => x.val - y.val);
  for (let i = 0; i < nodes.length; i++) nodes[i].next = i + 1 < nodes.length ? nodes[i + 1] : null;
  return nodes.length > 0 ? nodes[0] : null;
}
