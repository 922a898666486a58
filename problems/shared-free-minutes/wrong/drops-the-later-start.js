// Two pointers, but drops the slot that starts first instead of the one that ends first.
function sharedFreeTime(mine, theirs) {
  const shared = [];
  let i = 0;
  let j = 0;
  while (i < mine.length && j < theirs.length) {
    const start = Math.max(mine[i][0], theirs[j][0]);
    const end = Math.min(mine[i][1], theirs[j][1]);
    if (start < end) shared.push([start, end]);
    if (mine[i][0] < theirs[j][0]) i++;
    else j++;
  }
  return shared;
}
