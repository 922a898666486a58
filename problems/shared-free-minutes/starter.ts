/** The stretches of at least one minute in which both calendars are free, sorted by start. */
function sharedFreeTime(mine: [number, number][], theirs: [number, number][]): [number, number][] {
  // Your code here
}
