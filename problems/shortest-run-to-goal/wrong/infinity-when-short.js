// Starts the best at Infinity and returns it as it is when the goal is never reached.
function shortestRunToGoal(donations, goal) {
  let best = Infinity;
  let total = 0;
  let start = 0;
  for (let end = 0; end < donations.length; end++) {
    total += donations[end];
    while (total >= goal) {
      best = Math.min(best, end - start + 1);
      total -= donations[start++];
    }
  }
  return best;
}
