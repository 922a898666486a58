class VisitCounter {
  constructor() {
    // Your code here
  }

  /** Records one visit at timestamp (in seconds). */
  hit(timestamp: number): void {
    // Your code here
  }

  /** The number of visits in the 300 seconds up to and including timestamp. */
  getHits(timestamp: number): number {
    // Your code here
  }
}
