// Returns the placeholder node itself rather than the node after it.
function mergeTwoLists(a, b) {
  const before = new ListNode(0);
  let tail = before;
  while (a !== null && b !== null) {
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next;
  }
  tail.next = a !== null ? a : b;
  return a === null && b === null && before.next === null ? null : before;
}
