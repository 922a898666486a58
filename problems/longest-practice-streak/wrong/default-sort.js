// Skips repeated days correctly, but sorts with the default sort, which orders the numbers
// as text: 10 comes before 9, and -1 before -2.
function longestStreak(days) {
  if (days.length === 0) return 0;
  const sorted = [...days].sort();
  let longest = 1;
  let length = 1;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) continue;
    length = sorted[i] === sorted[i - 1] + 1 ? length + 1 : 1;
    longest = Math.max(longest, length);
  }
  return longest;
}
