// A placeholder node in front of the result; repeatedly move the smaller of the two heads
// to the result's tail, then hang whatever is left of either list on the end.
// O(n + m) time, O(1) extra space.
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
  return before.next;
}
