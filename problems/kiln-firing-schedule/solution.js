// Greedy with a max-heap: each hour, fire the ready glaze with the most batches left, then
// park it in a queue until `rest` hours have passed. When nothing is ready, jump straight
// to the hour the first parked glaze is ready again, so idle hours cost nothing.
// O(n log m) for n batches of m glazes, O(m) space.
function fewestHours(batches, rest) {
  const counts = new Map();
  for (const glaze of batches) counts.set(glaze, (counts.get(glaze) ?? 0) + 1);

  const heap = [...counts.values()]; // max-heap of batches left per ready glaze
  const down = (i) => {
    for (;;) {
      const left = 2 * i + 1;
      let most = i;
      if (left < heap.length && heap[left] > heap[most]) most = left;
      if (left + 1 < heap.length && heap[left + 1] > heap[most]) most = left + 1;
      if (most === i) return;
      [heap[i], heap[most]] = [heap[most], heap[i]];
      i = most;
    }
  };
  const push = (value) => {
    heap.push(value);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (heap[parent] >= heap[i]) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);

  const parked = []; // [readyHour, batchesLeft], ready hours increasing
  let head = 0;
  let hour = 0; // the hour about to be used
  while (heap.length > 0 || head < parked.length) {
    if (heap.length === 0 && parked[head][0] > hour) hour = parked[head][0];
    while (head < parked.length && parked[head][0] <= hour) push(parked[head++][1]);
    const left = heap[0] - 1;
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      down(0);
    }
    if (left > 0) parked.push([hour + rest + 1, left]);
    hour++;
  }
  return hour;
}
