// Starts the best total at 0 and resets the running total at 0, as if an empty streak
// were allowed: a ledger of losses gives 0.
function bestStreak(profits) {
  let best = 0;
  let running = 0;
  for (const p of profits) {
    running = Math.max(0, running + p);
    best = Math.max(best, running);
  }
  return best;
}
