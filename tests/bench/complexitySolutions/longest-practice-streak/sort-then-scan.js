// Sort the days, then count runs of consecutive days, skipping repeats: O(n log n) for the
// sort, where a set of the days needs only O(n).
function longestStreak(days) {
  const sorted = [...days].sort((a, b) => a - b);
  let longest = 0;
  let length = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    length = i > 0 && sorted[i] === sorted[i - 1] + 1 ? length + 1 : 1;
    if (length > longest) longest = length;
  }
  return longest;
}
