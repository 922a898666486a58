// Kadane, but the loop stops one day early.
function bestStreak(profits) {
  let endingHere = profits[0];
  let best = profits[0];
  for (let i = 1; i < profits.length - 1; i++) {
    endingHere = Math.max(profits[i], endingHere + profits[i]);
    best = Math.max(best, endingHere);
  }
  return best;
}
