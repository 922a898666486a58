// Keeps the shortest acts first, checking each new act only against the act kept just
// before it, not against every kept act.
function fewestCancellations(acts) {
  const sorted = [...acts].sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
  let kept = 0;
  let last = null;
  for (const [start, end] of sorted) {
    if (last === null || end <= last[0] || start >= last[1]) {
      kept++;
      last = [start, end];
    }
  }
  return acts.length - kept;
}
