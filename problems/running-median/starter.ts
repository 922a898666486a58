class MedianTracker {
  constructor() {
    // Your code here
  }

  add(value: number): void {
    // Your code here
  }

  /** The median of every value added so far (the mean of the two middle ones when even). */
  median(): number {
    // Your code here
  }
}
