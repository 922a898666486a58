// Right, but walks every hour, idle ones included, and scans every glaze for the ready one
// with the most batches left: hopeless when the rest is long.
function fewestHours(batches, rest) {
  const counts = new Map();
  for (const glaze of batches) counts.set(glaze, (counts.get(glaze) ?? 0) + 1);
  const glazes = [...counts.keys()];
  const readyAt = new Map(glazes.map((g) => [g, 0]));
  let left = batches.length;
  let hour = 0;
  for (; left > 0; hour++) {
    let best = null;
    for (const g of glazes) {
      if (counts.get(g) > 0 && readyAt.get(g) <= hour && (best === null || counts.get(g) > counts.get(best))) best = g;
    }
    if (best === null) continue;
    counts.set(best, counts.get(best) - 1);
    readyAt.set(best, hour + rest + 1);
    left--;
  }
  return hour;
}
