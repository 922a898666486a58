/** For each day, the days until a strictly higher price, or 0 if none comes. */
function daysToWait(prices: number[]): number[] {
  // Your code here
}
