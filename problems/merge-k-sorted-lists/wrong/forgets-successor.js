// Puts the k first nodes in order with a heap, but never feeds the heap the next node of
// the list it took from: everything after the first node of each list is lost.
function mergeKLists(lists) {
  const heads = lists.filter((node) => node !== null);
  heads.sort((a, b) => a.val - b.val);
  const before = new ListNode(0);
  let tail = before;
  for (const node of heads) {
    tail.next = node;
    tail = node;
  }
  tail.next = null;
  return before.next;
}
