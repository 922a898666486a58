/** How many friend groups: campers joined by chains of friendships, loners counting alone. */
function countGroups(n: number, friendships: [number, number][]): number {
  // Your code here
}
