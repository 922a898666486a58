// Bug: after the loop attaches only the rest of a, losing whatever is left of b.
function mergeTwoLists(a, b) {
  if (!a) return b;
  if (!b) return a;
  const dummy = new ListNode();
  let tail = dummy;
  while (a && b) {
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next;
  }
  tail.next = a;
  return dummy.next;
}
