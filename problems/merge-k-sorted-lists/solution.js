// A min-heap of the current first node of each non-empty list: take the smallest, append
// it to the result, and put its successor (if any) in its place. The heap never holds
// more than k nodes: O(N log k) time, O(k) extra space.
function mergeKLists(lists) {
  const heap = lists.filter((node) => node !== null);
  const less = (i, j) => heap[i].val < heap[j].val;
  const swap = (i, j) => {
    const t = heap[i];
    heap[i] = heap[j];
    heap[j] = t;
  };
  const siftDown = (i) => {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && less(left, smallest)) smallest = left;
      if (right < heap.length && less(right, smallest)) smallest = right;
      if (smallest === i) return;
      swap(i, smallest);
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
