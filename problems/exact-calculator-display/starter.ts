/** numerator / denominator as an exact decimal, the repeating block in parentheses: "0.1(6)". */
function exactDecimal(numerator: number, denominator: number): string {
  // Your code here
}
