// Binary search for the boundary: the answer always lies in [low, high]. A broken middle
// may itself be the answer (high = middle); a passing one rules itself out (low = middle + 1).
function firstBrokenBuild(n, isBroken) {
  let low = 1;
  let high = n;
  while (low < high) {
    const middle = low + Math.floor((high - low) / 2);
    if (isBroken(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
