/** Fewest up/down/left/right moves over '.' cells from the top-left to the bottom-right, or -1. */
function shortestRoute(floor: string[]): number {
  // Your code here
}
