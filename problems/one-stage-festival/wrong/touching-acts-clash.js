// The end-sorted greedy, but an act that starts exactly when the last one ends counts as
// a clash.
function fewestCancellations(acts) {
  const sorted = [...acts].sort((a, b) => a[1] - b[1]);
  let kept = 0;
  let freeFrom = Number.NEGATIVE_INFINITY;
  for (const [start, end] of sorted) {
    if (start > freeFrom) {
      kept++;
      freeFrom = end;
    }
  }
  return acts.length - kept;
}
