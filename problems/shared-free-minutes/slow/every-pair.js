// Right, but compares every slot of mine with every slot of theirs: O(n·m).
function sharedFreeTime(mine, theirs) {
  const shared = [];
  for (const [a, b] of mine) {
    for (const [c, d] of theirs) {
      const start = Math.max(a, c);
      const end = Math.min(b, d);
      if (start < end) shared.push([start, end]);
    }
  }
  return shared;
}
