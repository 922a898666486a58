/** The fewest hours to fire every batch, when a glaze needs `rest` hours between firings. */
function fewestHours(batches: string[], rest: number): number {
  // Your code here
}
