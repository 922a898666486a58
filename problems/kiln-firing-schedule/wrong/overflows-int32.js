// The counting formula, computed with `| 0` to keep it "an integer": it wraps around past
// 2³¹ hours when the rest is long.
function fewestHours(batches, rest) {
  const counts = new Map();
  for (const glaze of batches) counts.set(glaze, (counts.get(glaze) ?? 0) + 1);
  let most = 0;
  let tied = 0;
  for (const c of counts.values()) {
    if (c > most) {
      most = c;
      tied = 1;
    } else if (c === most) tied++;
  }
  return Math.max(batches.length, ((most - 1) * (rest + 1) + tied) | 0);
}
