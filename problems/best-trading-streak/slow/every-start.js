// Right, but tries every first day and extends the streak to every last day: O(n²).
function bestStreak(profits) {
  let best = profits[0];
  for (let i = 0; i < profits.length; i++) {
    let total = 0;
    for (let j = i; j < profits.length; j++) {
      total += profits[j];
      if (total > best) best = total;
    }
  }
  return best;
}
