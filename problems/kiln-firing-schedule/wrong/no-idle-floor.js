// The counting formula, but forgets that with enough other glazes no hour is idle: it never
// takes the maximum with the number of batches.
function fewestHours(batches, rest) {
  const counts = new Map();
  for (const glaze of batches) counts.set(glaze, (counts.get(glaze) ?? 0) + 1);
  let most = 0;
  for (const c of counts.values()) most = Math.max(most, c);
  let tied = 0;
  for (const c of counts.values()) if (c === most) tied++;
  return (most - 1) * (rest + 1) + tied;
}
