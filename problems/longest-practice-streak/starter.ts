/** The length of the longest run of consecutive day numbers in `days` (0 if empty). */
function longestStreak(days: number[]): number {
  // Your code here
}
