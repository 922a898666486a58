// Collect every node, sort the nodes by value, and relink them. O(N log N).
function mergeKLists(lists) {
  const nodes = [];
  for (const head of lists) for (let node = head; node !== null; node = node.next) nodes.push(node);
  nodes.sort((a, b) => a.val - b.val);
  for (let i = 0; i < nodes.length; i++) nodes[i].next = i + 1 < nodes.length ? nodes[i + 1] : null;
  return nodes.length > 0 ? nodes[0] : null;
}
