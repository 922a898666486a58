// Bug: updates the best only when a streak grows, starting from 0, so a log with no two consecutive days answers 0.
function longestStreak(days) {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  let best = 0;
  let cur = 1;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1] + 1) {
      cur++;
      best = Math.max(best, cur);
    } else cur = 1;
  }
  return best;
}
