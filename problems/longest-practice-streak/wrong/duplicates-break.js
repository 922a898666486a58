// Bug: a day logged twice breaks the streak, because duplicates are not removed after sorting.
function longestStreak(days) {
  if (days.length === 0) return 0;
  const sorted = [...days].sort((a, b) => a - b);
  let best = 1;
  let cur = 1;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1] + 1) cur++;
    else cur = 1;
    best = Math.max(best, cur);
  }
  return best;
}
