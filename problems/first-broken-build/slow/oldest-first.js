// Right, but checks every build from the oldest: O(n) calls.
function firstBrokenBuild(n, isBroken) {
  let build = 1;
  while (!isBroken(build)) build++;
  return build;
}
