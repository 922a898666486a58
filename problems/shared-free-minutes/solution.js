// Two pointers: the overlap of the two current slots runs from the later start to the
// earlier end. Then drop whichever slot ends first: it cannot overlap anything later in
// the other list. O(n + m) time, O(n + m) space for the answer.
function sharedFreeTime(mine, theirs) {
  const shared = [];
  let i = 0;
  let j = 0;
  while (i < mine.length && j < theirs.length) {
    const start = Math.max(mine[i][0], theirs[j][0]);
    const end = Math.min(mine[i][1], theirs[j][1]);
    if (start < end) shared.push([start, end]);
    if (mine[i][1] < theirs[j][1]) i++;
    else j++;
  }
  return shared;
}
