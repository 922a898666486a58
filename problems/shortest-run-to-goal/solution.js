// A sliding window [start, end] with its total. Every donation is positive, so extending a
// window raises its total and dropping its first day lowers it. Add each day on the right;
// while the total reaches the goal, record the length and drop days from the left. Each
// day enters and leaves once: O(n) time, O(1) space.
function shortestRunToGoal(donations, goal) {
  let best = 0;
  let total = 0;
  let start = 0;
  for (let end = 0; end < donations.length; end++) {
    total += donations[end];
    while (total >= goal) {
      if (best === 0 || end - start + 1 < best) best = end - start + 1;
      total -= donations[start++];
    }
  }
  return best;
}
