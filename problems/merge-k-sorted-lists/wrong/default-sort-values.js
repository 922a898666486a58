// Bug: collects the values, sorts them with the default (string) sort, and writes them back into the chained nodes.
function mergeKLists(lists) {
  const nodes = [];
  const values = [];
  for (const head of lists) {
    for (let node = head; node; node = node.next) {
      nodes.push(node);
      values.push(node.val);
    }
  }
  if (nodes.length === 0) return null;
  values.sort();
  for (let i = 0; i < nodes.length; i++) {
    nodes[i].val = values[i];
    nodes[i].next = i + 1 < nodes.length ? nodes[i + 1] : null;
  }
  return nodes[0];
}
