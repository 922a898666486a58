// Right, but inserts each node of b into a by walking a from its start every time:
// O(n · m).
function mergeTwoLists(a, b) {
  let head = a;
  while (b !== null) {
    const node = b;
    b = b.next;
    if (head === null || node.val < head.val) {
      node.next = head;
      head = node;
      continue;
    }
    let at = head;
    while (at.next !== null && at.next.val <= node.val) at = at.next;
    node.next = at.next;
    at.next = node;
  }
  return head;
}
