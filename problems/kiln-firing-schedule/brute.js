// Try every order of the batches (each distinct order once); place each batch in the
// earliest hour its glaze allows after the previous one. Any schedule's order placed this
// way finishes no later, so the best order gives the answer. Exponential: small inputs only.
function fewestHours(batches, rest) {
  const counts = new Map();
  for (const glaze of batches) counts.set(glaze, (counts.get(glaze) ?? 0) + 1);
  const glazes = [...counts.keys()];
  const left = glazes.map((g) => counts.get(g));
  const lastHour = glazes.map(() => Number.NEGATIVE_INFINITY);
  let best = Number.POSITIVE_INFINITY;
  const place = (placed, hour) => {
    if (placed === batches.length) {
      best = Math.min(best, hour);
      return;
    }
    for (let g = 0; g < glazes.length; g++) {
      if (left[g] === 0) continue;
      const at = Math.max(hour, lastHour[g] + rest + 1);
      const before = lastHour[g];
      left[g]--;
      lastHour[g] = at;
      place(placed + 1, at + 1);
      lastHour[g] = before;
      left[g]++;
    }
  };
  place(0, 0);
  return best;
}
