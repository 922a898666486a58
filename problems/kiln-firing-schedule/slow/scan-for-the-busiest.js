// Right, and skips idle hours, but scans every glaze to find the ready one with the most
// batches left: O(n·m) for n batches of m glazes.
function fewestHours(batches, rest) {
  const counts = new Map();
  for (const glaze of batches) counts.set(glaze, (counts.get(glaze) ?? 0) + 1);
  const left = [...counts.values()];
  const readyAt = left.map(() => 0);
  let hour = 0;
  for (let fired = 0; fired < batches.length; ) {
    let best = -1;
    let soonest = Number.POSITIVE_INFINITY;
    for (let g = 0; g < left.length; g++) {
      if (left[g] === 0) continue;
      if (readyAt[g] > hour) soonest = Math.min(soonest, readyAt[g]);
      else if (best === -1 || left[g] > left[best]) best = g;
    }
    if (best === -1) {
      hour = soonest;
      continue;
    }
    left[best]--;
    readyAt[best] = hour + rest + 1;
    fired++;
    hour++;
  }
  return hour;
}
