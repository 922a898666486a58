// Check the builds from the oldest: O(n) calls.
function firstBrokenBuild(n, isBroken) {
  for (let build = 1; build <= n; build++) {
    if (isBroken(build)) return build;
  }
  return n;
}
