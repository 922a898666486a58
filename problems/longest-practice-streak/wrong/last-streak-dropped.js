// Bug: records a streak's length only when it is broken, so the streak running to the largest day is never counted.
function longestStreak(days) {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  let best = 0;
  let cur = 1;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1] + 1) cur++;
    else {
      best = Math.max(best, cur);
      cur = 1;
    }
  }
  return best;
}
