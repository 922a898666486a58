// Walk the list once, pointing each node back at the one before it. O(n) time, O(1) space.
function reverseList(head) {
  let previous = null;
  let current = head;
  while (current !== null) {
    const next = current.next;
    current.next = previous;
    previous = current;
    current = next;
  }
  return previous;
}
