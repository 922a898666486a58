// Right, but finds the smallest head by looking at all k lists for every node: O(N · k).
function mergeKLists(lists) {
  const heads = lists.slice();
  const before = new ListNode(0);
  let tail = before;
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      if (heads[i] !== null && (best < 0 || heads[i].val < heads[best].val)) best = i;
    }
    if (best < 0) break;
    tail.next = heads[best];
    tail = heads[best];
    heads[best] = heads[best].next;
  }
  tail.next = null;
  return before.next;
}
