// Sorts by start and counts the acts that start before the previous act ends: one long
// act that clashes with many others is counted many times.
function fewestCancellations(acts) {
  const sorted = [...acts].sort((a, b) => a[0] - b[0]);
  let cancelled = 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i][0] < sorted[i - 1][1]) cancelled++;
  return cancelled;
}
