/** Settles like task, or rejects with Error("timed out after <ms> ms"), whichever comes first. */
function withTimeout<T>(task: Promise<T> | T, ms: number): Promise<T> {
  // Your code here
}
