// Treats reaching the goal exactly as not enough (> instead of >=).
function shortestRunToGoal(donations, goal) {
  let best = 0;
  let total = 0;
  let start = 0;
  for (let end = 0; end < donations.length; end++) {
    total += donations[end];
    while (total > goal) {
      if (best === 0 || end - start + 1 < best) best = end - start + 1;
      total -= donations[start++];
    }
  }
  return best;
}
