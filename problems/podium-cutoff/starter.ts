class ScoreCutoff {
  constructor(k: number, scores: number[]) {
    // Your code here
  }

  /** Adds score; returns the k-th largest score so far, or null with fewer than k. */
  add(score: number): number | null {
    // Your code here
  }
}
