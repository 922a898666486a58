// A heap of the first nodes, but empty lists are not filtered out: a null in the heap
// is compared by its value and crashes.
function mergeKLists(lists) {
  const heap = lists.slice();
  const siftDown = (i) => {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && heap[left].val < heap[smallest].val) smallest = left;
      if (right < heap.length && heap[right].val < heap[smallest].val) smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest], heap[i]];
      i = smallest;
    }
  };
  for (let i = Math.floor(heap.length / 2) - 1; i >= 0; i--) siftDown(i);
  const before = new ListNode(0);
  let tail = before;
  while (heap.length > 0) {
    const node = heap[0];
    tail.next = node;
    tail = node;
    if (node.next !== null) heap[0] = node.next;
    else {
      const last = heap.pop();
      if (heap.length === 0) break;
      heap[0] = last;
    }
    siftDown(0);
  }
  tail.next = null;
  return before.next;
}
