// One pass with three pointers: belt[0..low) is glass, belt[low..next) paper,
// belt(high..end] plastic, and belt[next..high] not yet looked at. Glass is swapped down to
// low, plastic up to high (and the item swapped in from there is looked at next, since it
// is new), paper stays. O(n) time, O(1) space.
function sortBelt(belt) {
  let low = 0;
  let next = 0;
  let high = belt.length - 1;
  while (next <= high) {
    const item = belt[next];
    if (item === 0) {
      belt[next++] = belt[low];
      belt[low++] = 0;
    } else if (item === 2) {
      belt[next] = belt[high];
      belt[high--] = 2;
    } else {
      next++;
    }
  }
}
