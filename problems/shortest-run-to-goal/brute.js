// Every run, added up from scratch: O(n³).
function shortestRunToGoal(donations, goal) {
  let best = 0;
  for (let i = 0; i < donations.length; i++) {
    for (let j = i; j < donations.length; j++) {
      let total = 0;
      for (let d = i; d <= j; d++) total += donations[d];
      if (total >= goal && (best === 0 || j - i + 1 < best)) best = j - i + 1;
    }
  }
  return best;
}
