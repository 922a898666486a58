/** Your own Array.prototype.map: a new array of callback's results, holes kept as holes. */
function myMap<T, U>(array: T[], callback: (value: T, index: number, array: T[]) => U, thisArg?: unknown): U[] {
  // Your code here
}

/** Your own Array.prototype.reduce; an explicitly passed undefined counts as an initial value. */
function myReduce<T, A>(
  array: T[],
  callback: (accumulator: A, value: T, index: number, array: T[]) => A,
  initialValue?: A,
): A {
  // Your code here
}
