// Sorts with the default sort, which compares the slots as text ("100,130" before "30,60"),
// then keeps the act that ends first among clashing neighbours.
function fewestCancellations(acts) {
  const sorted = [...acts].sort();
  let cancelled = 0;
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const [start, end] of sorted) {
    if (start < lastEnd) {
      cancelled++;
      lastEnd = Math.min(lastEnd, end);
    } else lastEnd = end;
  }
  return cancelled;
}
