/** The largest area (j − i) · min(poles[i], poles[j]) over pairs of poles i < j. */
function biggestBanner(poles: number[]): number {
  // Your code here
}
