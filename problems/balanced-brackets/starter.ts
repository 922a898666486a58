/** Whether every bracket in code is closed, in order, by one of its kind. */
function isBalanced(code: string): boolean {
  // Your code here
}
