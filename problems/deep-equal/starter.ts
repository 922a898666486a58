function deepEqual(a: unknown, b: unknown): boolean {
  // Your code here
}
