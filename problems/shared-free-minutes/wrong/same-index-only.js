// Compares my i-th slot only with their i-th slot, as if the calendars lined up.
function sharedFreeTime(mine, theirs) {
  const shared = [];
  for (let i = 0; i < Math.min(mine.length, theirs.length); i++) {
    const start = Math.max(mine[i][0], theirs[i][0]);
    const end = Math.min(mine[i][1], theirs[i][1]);
    if (start < end) shared.push([start, end]);
  }
  return shared;
}
