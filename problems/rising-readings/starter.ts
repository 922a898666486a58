/** The most readings a strictly rising pick, keeping their order, can hold. */
function longestRise(readings: number[]): number {
  // Your code here
}
