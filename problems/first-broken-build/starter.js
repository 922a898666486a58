/**
 * @param {number} n the number of builds, numbered 1 to n; build n is broken
 * @param {(build: number) => boolean} isBroken runs the tests against one build
 * @return {number} the first broken build
 */
function firstBrokenBuild(n, isBroken) {
  // Your code here
}
