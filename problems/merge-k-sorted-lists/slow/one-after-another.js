// Right, but merges the lists into the result one at a time, walking the growing result
// again for each list: O(N · k).
function mergeKLists(lists) {
  const mergeTwo = (a, b) => {
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
  };
  let merged = null;
  for (const list of lists) merged = mergeTwo(merged, list);
  return merged;
}
