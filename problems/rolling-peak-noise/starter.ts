/** The largest value of every run of `k` consecutive entries of `levels`, in order. */
function rollingPeak(levels: number[], k: number): number[] {
  // Your code here
}
