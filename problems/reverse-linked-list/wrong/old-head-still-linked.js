// Starts from the second node and never clears the old head's link: the old head still
// points at the second node, which now points back at it — a cycle.
function reverseList(head) {
  if (head === null) return null;
  let previous = head;
  let current = head.next;
  while (current !== null) {
    const next = current.next;
    current.next = previous;
    previous = current;
    current = next;
  }
  return previous;
}
