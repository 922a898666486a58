// Sorts, then counts neighbours that differ by one; a day logged twice resets the count.
function longestStreak(days) {
  if (days.length === 0) return 0;
  const sorted = [...days].sort((a, b) => a - b);
  let longest = 1;
  let length = 1;
  for (let i = 1; i < sorted.length; i++) {
    length = sorted[i] === sorted[i - 1] + 1 ? length + 1 : 1;
    longest = Math.max(longest, length);
  }
  return longest;
}
