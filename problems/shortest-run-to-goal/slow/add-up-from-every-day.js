// Right, but adds up a run from every starting day until it reaches the goal: O(n²) when
// runs are long or the goal is never reached.
function shortestRunToGoal(donations, goal) {
  let best = 0;
  for (let start = 0; start < donations.length; start++) {
    let total = 0;
    for (let end = start; end < donations.length; end++) {
      total += donations[end];
      if (total >= goal) {
        if (best === 0 || end - start + 1 < best) best = end - start + 1;
        break;
      }
    }
  }
  return best;
}
