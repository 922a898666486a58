// The tests' driver, published on globalThis (a candidate's own declaration of the same
// name would shadow it instead of failing): builds `isBroken` for a history of n builds
// whose first broken one is `firstBroken`, and calls the candidate's firstBrokenBuild with
// it. Asking about a build that does not exist throws, so an out-of-range guess is
// reported, not silently answered.
(() => {
  globalThis.checkBuilds = function checkBuilds(n, firstBroken) {
    const isBroken = (build) => {
      if (!Number.isInteger(build) || build < 1 || build > n) {
        throw new RangeError(`isBroken(${build}): builds are numbered 1 to ${n}`);
      }
      return build >= firstBroken;
    };
    return firstBrokenBuild(n, isBroken);
  };
})();
