function flatten(array: unknown[], depth = 1): unknown[] {
  // Your code here
}
