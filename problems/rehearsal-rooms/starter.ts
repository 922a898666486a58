/** The fewest rooms that hold every lesson; a lesson ending at t frees its room for one starting at t. */
function roomsNeeded(lessons: [number, number][]): number {
  // Your code here
}
