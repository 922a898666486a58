type Statement =
  | ['log', string]
  | ['timeout', number, Statement[]]
  | ['microtask', Statement[]]
  | ['promise', ...Statement[][]]
  | ['async', ...Statement[][]];

/** Works out, without running it, the order in which the program's logs are printed. */
function predictOrder(program: Statement[]): string[] {
  // Your code here
}
