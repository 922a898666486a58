// Merges while both lists have nodes, then forgets to attach what is left of the longer one.
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
  tail.next = null;
  return before.next;
}
