// Two pointers, but moves on from both slots after each comparison, so a long slot is
// compared with only one slot of the other calendar.
function sharedFreeTime(mine, theirs) {
  const shared = [];
  let i = 0;
  let j = 0;
  while (i < mine.length && j < theirs.length) {
    const start = Math.max(mine[i][0], theirs[j][0]);
    const end = Math.min(mine[i][1], theirs[j][1]);
    if (start < end) shared.push([start, end]);
    else if (mine[i][1] < theirs[j][1]) {
      i++;
      continue;
    } else {
      j++;
      continue;
    }
    i++;
    j++;
  }
  return shared;
}
