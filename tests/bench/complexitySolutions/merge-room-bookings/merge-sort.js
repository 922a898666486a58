// Sort by start with a hand-written merge sort, then sweep: O(n log n), counted step by step
// rather than by the built-in sort.
function mergeBookings(bookings) {
  const sortByStart = (items) => {
    if (items.length <= 1) return items;
    const middle = items.length >> 1;
    const left = sortByStart(items.slice(0, middle));
    const right = sortByStart(items.slice(middle));
    const merged = [];
    let i = 0;
    let j = 0;
    while (i < left.length && j < right.length) merged.push(left[i][0] <= right[j][0] ? left[i++] : right[j++]);
    while (i < left.length) merged.push(left[i++]);
    while (j < right.length) merged.push(right[j++]);
    return merged;
  };
  const blocks = [];
  for (const [start, end] of sortByStart(bookings)) {
    const last = blocks[blocks.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else blocks.push([start, end]);
  }
  return blocks;
}
