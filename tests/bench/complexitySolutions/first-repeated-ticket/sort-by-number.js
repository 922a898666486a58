// Sort the scan positions by ticket number (then position): equal numbers end up side by
// side, and the second scan of each number is a repeat. The earliest repeat wins.
// O(n log n) for the sort, where a set of the numbers seen so far needs only O(n).
function firstRepeat(scans) {
  const order = scans.map((_, i) => i).sort((a, b) => scans[a] - scans[b] || a - b);
  let earliest = -1;
  for (let k = 1; k < order.length; k++) {
    if (scans[order[k]] !== scans[order[k - 1]]) continue;
    if (k >= 2 && scans[order[k - 2]] === scans[order[k]]) continue;
    if (earliest < 0 || order[k] < earliest) earliest = order[k];
  }
  return earliest < 0 ? null : scans[earliest];
}
