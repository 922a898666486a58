// Keep as many acts as possible, greedily: sort by end and keep every act that starts no
// earlier than the last kept act ends. Keeping the act that ends first never hurts, so
// this keeps the most acts; the rest must be cancelled. O(n log n) time, O(n) space.
function fewestCancellations(acts) {
  const sorted = [...acts].sort((a, b) => a[1] - b[1]);
  let kept = 0;
  let freeFrom = Number.NEGATIVE_INFINITY;
  for (const [start, end] of sorted) {
    if (start >= freeFrom) {
      kept++;
      freeFrom = end;
    }
  }
  return acts.length - kept;
}
