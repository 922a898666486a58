/** The smallest load limit that moves the crates, in order, in at most `days` one-trip days. */
function smallestVan(crates: number[], days: number): number {
  // Your code here
}
