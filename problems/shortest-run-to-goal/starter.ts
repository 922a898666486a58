/** The length of the shortest run of consecutive days adding up to at least `goal`, or 0. */
function shortestRunToGoal(donations: number[], goal: number): number {
  // Your code here
}
