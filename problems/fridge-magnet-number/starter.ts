/** The biggest number, as a string, made by writing all of `magnets` side by side in some order. */
function biggestNumber(magnets: number[]): string {
  // Your code here
}
