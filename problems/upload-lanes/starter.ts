/** Runs the tasks with at most `limit` at once; the results come in the order of `tasks`. */
function runWithLimit<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  // Your code here
}
