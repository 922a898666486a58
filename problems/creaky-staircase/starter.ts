/** The number of climbs from step 0 to step n, modulo 1 000 000 007. */
function countClimbs(n: number, broken: number[]): number {
  // Your code here
}
