function deepClone<T>(value: T): T {
  // Your code here
}
