// The busiest moment is the start of some lesson: count the lessons in progress at each
// start (start <= t < end) and keep the largest count. O(n²).
function roomsNeeded(lessons) {
  let most = 0;
  for (const [t] of lessons) {
    let inProgress = 0;
    for (const [start, end] of lessons) if (start <= t && t < end) inProgress++;
    most = Math.max(most, inProgress);
  }
  return most;
}
