// Bug: relinks the nodes from an array but never clears the old head's next, leaving a two-node loop.
function reverseList(head) {
  const nodes = [];
  for (let node = head; node; node = node.next) nodes.push(node);
  for (let i = nodes.length - 1; i > 0; i--) nodes[i].next = nodes[i - 1];
  return nodes.length ? nodes[nodes.length - 1] : null;
}
