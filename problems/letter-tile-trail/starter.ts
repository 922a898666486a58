/** Whether `word` can be traced through up/down/left/right neighbours, each tile used at most once. */
function canTrace(board: string[], word: string): boolean {
  // Your code here
}
