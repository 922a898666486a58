// The counting formula, but counts one batch in the last round even when several glazes
// share the highest count.
function fewestHours(batches, rest) {
  const counts = new Map();
  for (const glaze of batches) counts.set(glaze, (counts.get(glaze) ?? 0) + 1);
  let most = 0;
  for (const c of counts.values()) most = Math.max(most, c);
  return Math.max(batches.length, (most - 1) * (rest + 1) + 1);
}
