/** The value of the expression; `/` rounds toward zero, a leading `-` may negate. */
function calculate(expression: string): number {
  // Your code here
}
