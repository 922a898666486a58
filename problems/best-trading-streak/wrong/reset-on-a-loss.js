// Starts a new streak after every losing day, instead of only when the streak so far is
// negative: a small loss between two big gains splits them.
function bestStreak(profits) {
  let best = profits[0];
  let running = 0;
  for (const p of profits) {
    running = p < 0 ? p : running + p;
    best = Math.max(best, running);
    if (p < 0) running = 0;
  }
  return best;
}
