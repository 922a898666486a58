// Bug: loops while cur.next exists, so the last node is never linked back and is lost.
function reverseList(head) {
  if (!head) return null;
  let prev = null;
  let cur = head;
  while (cur.next) {
    const next = cur.next;
    cur.next = prev;
    prev = cur;
    cur = next;
  }
  return prev || cur;
}
