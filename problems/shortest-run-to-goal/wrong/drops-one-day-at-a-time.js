// Drops at most one day from the left per new day (if instead of while), so a big
// donation late on never gets the short window it deserves.
function shortestRunToGoal(donations, goal) {
  let best = 0;
  let total = 0;
  let start = 0;
  for (let end = 0; end < donations.length; end++) {
    total += donations[end];
    if (total >= goal) {
      if (best === 0 || end - start + 1 < best) best = end - start + 1;
      total -= donations[start++];
    }
  }
  return best;
}
