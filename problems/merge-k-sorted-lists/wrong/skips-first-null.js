// Bug: merges one by one starting from lists[0] but returns null as soon as the first list is empty.
function mergeTwo(a, b) {
  const dummy = new ListNode();
  let tail = dummy;
  while (a && b) {
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next;
  }
  tail.next = a || b;
  return dummy.next;
}

function mergeKLists(lists) {
  if (lists.length === 0 || !lists[0]) return null;
  let merged = lists[0];
  for (let i = 1; i < lists.length; i++) merged = mergeTwo(merged, lists[i]);
  return merged;
}
