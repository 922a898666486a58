/** The largest total profit over a run of consecutive days (at least one day). */
function bestStreak(profits: number[]): number {
  // Your code here
}
