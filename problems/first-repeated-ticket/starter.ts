/** The number whose second scan comes first, or null when no number repeats. */
function firstRepeat(scans: number[]): number | null {
  // Your code here
}
