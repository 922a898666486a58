// Right, but walks forward from every day, not only from the first day of a streak: a
// streak of length k is walked k times, O(k²).
function longestStreak(days) {
  const practised = new Set(days);
  let longest = 0;
  for (const day of practised) {
    let length = 1;
    while (practised.has(day + length)) length++;
    longest = Math.max(longest, length);
  }
  return longest;
}
