// Kadane: the best streak ending today either extends the best streak ending yesterday or
// starts afresh today, whichever is larger; the answer is the best of these. O(n) time,
// O(1) space.
function bestStreak(profits) {
  let endingHere = profits[0];
  let best = profits[0];
  for (let i = 1; i < profits.length; i++) {
    endingHere = Math.max(profits[i], endingHere + profits[i]);
    best = Math.max(best, endingHere);
  }
  return best;
}
