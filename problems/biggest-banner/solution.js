// Two pointers at the ends. The shorter pole limits every banner that uses it with a pole
// further in, and those are all narrower: none can beat the current one, so drop it and
// move inwards. O(n) time, O(1) space.
function biggestBanner(poles) {
  let left = 0;
  let right = poles.length - 1;
  let best = 0;
  while (left < right) {
    const height = Math.min(poles[left], poles[right]);
    best = Math.max(best, height * (right - left));
    if (poles[left] < poles[right]) left++;
    else right--;
  }
  return best;
}
