/** The minute the last village hears the warning raised at `source`, or -1 if some never does. */
function warningTime(n: number, links: [number, number, number][], source: number): number {
  // Your code here
}
