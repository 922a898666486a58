// Moves high below a broken middle, as if it could not be the first broken build; the
// loop then ends one build too early when the middle was the answer.
function firstBrokenBuild(n, isBroken) {
  let low = 1;
  let high = n;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (isBroken(middle)) high = middle - 1;
    else low = middle + 1;
  }
  return low;
}
