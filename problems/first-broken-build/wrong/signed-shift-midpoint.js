// Takes the middle with `>> 1`, which works on 32-bit signed integers: once low + high
// passes 2³¹ − 1 the middle turns negative.
function firstBrokenBuild(n, isBroken) {
  let low = 1;
  let high = n;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBroken(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
