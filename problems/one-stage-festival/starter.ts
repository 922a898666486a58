/** The fewest acts to cancel so that no two remaining acts overlap; touching acts do not clash. */
function fewestCancellations(acts: [number, number][]): number {
  // Your code here
}
