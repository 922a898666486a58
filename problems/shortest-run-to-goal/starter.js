/**
 * @param {number[]} donations the positive total pledged on each day
 * @param {number} goal the amount to reach
 * @return {number} the fewest consecutive days adding up to at least goal, or 0
 */
function shortestRunToGoal(donations, goal) {
  // Your code here
}
