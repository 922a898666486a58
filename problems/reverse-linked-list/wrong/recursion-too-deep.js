// Right on short lists, but recurses once per node: the call stack overflows on long ones.
function reverseList(head) {
  if (head === null || head.next === null) return head;
  const reversed = reverseList(head.next);
  head.next.next = head;
  head.next = null;
  return reversed;
}
