// Bug: recursion as deep as the list overflows the judge's stack on long lists.
function reverseList(head) {
  if (!head?.next) return head;
  const rest = reverseList(head.next);
  head.next.next = head;
  head.next = null;
  return rest;
}
