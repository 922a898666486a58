// Right, but counts the lessons in progress at every lesson's start: O(n²).
function roomsNeeded(lessons) {
  let most = 0;
  for (const [t] of lessons) {
    let inProgress = 0;
    for (const [start, end] of lessons) if (start <= t && t < end) inProgress++;
    most = Math.max(most, inProgress);
  }
  return most;
}
