/** The length of the longest run of consecutive entries of `zones` with at most `k` different values. */
function longestTruckload(zones: number[], k: number): number {
  // Your code here
}
