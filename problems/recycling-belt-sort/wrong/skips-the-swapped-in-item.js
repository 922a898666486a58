// After swapping plastic to the end, also moves on, so the item that came back from the
// end is never looked at.
function sortBelt(belt) {
  let low = 0;
  let next = 0;
  let high = belt.length - 1;
  while (next <= high) {
    if (belt[next] === 0) {
      [belt[low], belt[next]] = [belt[next], belt[low]];
      low++;
      next++;
    } else if (belt[next] === 2) {
      [belt[high], belt[next]] = [belt[next], belt[high]];
      high--;
      next++;
    } else {
      next++;
    }
  }
}
