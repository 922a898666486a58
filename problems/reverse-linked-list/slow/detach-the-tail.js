// Right, but walks to the end of the remaining list to detach its last node, over and
// over: O(n²).
function reverseList(head) {
  if (head === null) return null;
  let newHead = null;
  let newTail = null;
  while (head !== null) {
    let last = head;
    let beforeLast = null;
    while (last.next !== null) {
      beforeLast = last;
      last = last.next;
    }
    if (beforeLast === null) head = null;
    else beforeLast.next = null;
    if (newHead === null) newHead = last;
    else newTail.next = last;
    newTail = last;
  }
  return newHead;
}
