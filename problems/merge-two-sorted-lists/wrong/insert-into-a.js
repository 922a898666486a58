// Bug: splices b's nodes into a, assuming a's first value is the smallest, so a smaller first value of b lands after it.
function mergeTwoLists(a, b) {
  if (!a) return b;
  let prev = a;
  while (b) {
    const node = b;
    b = b.next;
    while (prev.next && prev.next.val <= node.val) prev = prev.next;
    node.next = prev.next;
    prev.next = node;
    prev = node;
  }
  return a;
}
