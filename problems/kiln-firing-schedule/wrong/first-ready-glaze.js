// Fires the first ready glaze in the order glazes first appear, not the one with the most
// batches left, so the common glaze is left to the end and waits alone.
function fewestHours(batches, rest) {
  const counts = new Map();
  for (const glaze of batches) counts.set(glaze, (counts.get(glaze) ?? 0) + 1);
  const glazes = [...counts.keys()];
  const readyAt = new Map(glazes.map((g) => [g, 0]));
  let hour = 0;
  let left = batches.length;
  while (left > 0) {
    let next = null;
    let soonest = Number.POSITIVE_INFINITY;
    for (const g of glazes) {
      if (counts.get(g) === 0) continue;
      if (readyAt.get(g) <= hour) {
        next = g;
        break;
      }
      soonest = Math.min(soonest, readyAt.get(g));
    }
    if (next === null) {
      hour = soonest;
      continue;
    }
    counts.set(next, counts.get(next) - 1);
    readyAt.set(next, hour + rest + 1);
    left--;
    hour++;
  }
  return hour;
}
