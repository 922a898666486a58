// Put the days in a set. Only a day whose previous day is missing starts a streak; walk
// forward from each such start. Every day is visited by at most one walk: O(n).
function longestStreak(days) {
  const practised = new Set(days);
  let longest = 0;
  for (const day of practised) {
    if (practised.has(day - 1)) continue;
    let length = 1;
    while (practised.has(day + length)) length++;
    if (length > longest) longest = length;
  }
  return longest;
}
