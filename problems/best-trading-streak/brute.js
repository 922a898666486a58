// Sum every run of consecutive days from scratch and keep the largest: O(n³).
function bestStreak(profits) {
  let best = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < profits.length; i++) {
    for (let j = i; j < profits.length; j++) {
      let total = 0;
      for (let d = i; d <= j; d++) total += profits[d];
      best = Math.max(best, total);
    }
  }
  return best;
}
