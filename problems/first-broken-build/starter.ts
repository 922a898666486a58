/** The first broken build among builds 1 to n (build n is broken). */
function firstBrokenBuild(n: number, isBroken: (build: number) => boolean): number {
  // Your code here
}
