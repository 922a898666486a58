class ScoreCutoff {
  /**
   * @param {number} k
   * @param {number[]} scores the scores already posted
   */
  constructor(k, scores) {
    // Your code here
  }

  /**
   * @param {number} score
   * @return {number | null} the k-th largest score so far, or null with fewer than k
   */
  add(score) {
    // Your code here
  }
}
