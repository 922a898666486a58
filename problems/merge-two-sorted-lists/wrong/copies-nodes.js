// Gets the order right but builds the result out of new nodes instead of the given ones.
function mergeTwoLists(a, b) {
  const before = new ListNode(0);
  let tail = before;
  while (a !== null || b !== null) {
    let value;
    if (b === null || (a !== null && a.val <= b.val)) {
      value = a.val;
      a = a.next;
    } else {
      value = b.val;
      b = b.next;
    }
    tail.next = new ListNode(value);
    tail = tail.next;
  }
  return before.next;
}
