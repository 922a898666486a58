// Drops the first day and then records the window's length, one day short of the run that
// reached the goal.
function shortestRunToGoal(donations, goal) {
  let best = 0;
  let total = 0;
  let start = 0;
  for (let end = 0; end < donations.length; end++) {
    total += donations[end];
    while (total >= goal) {
      total -= donations[start++];
      if (best === 0 || end - start + 1 < best) best = end - start + 1;
    }
  }
  return best;
}
