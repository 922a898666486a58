// Reverses the links correctly but returns the loop variable, which is null by then.
function reverseList(head) {
  let previous = null;
  let current = head;
  while (current) {
    const next = current.next;
    current.next = previous;
    previous = current;
    current = next;
  }
  return current;
}
