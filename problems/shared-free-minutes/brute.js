// Compare every slot of mine with every slot of theirs, then sort the overlaps: O(n·m).
function sharedFreeTime(mine, theirs) {
  const shared = [];
  for (const [a, b] of mine) {
    for (const [c, d] of theirs) {
      const start = Math.max(a, c);
      const end = Math.min(b, d);
      if (start < end) shared.push([start, end]);
    }
  }
  return shared.sort((x, y) => x[0] - y[0]);
}
