// Right, but builds the number by picking the best remaining magnet each time, scanning
// all of them: O(n²) comparisons.
function biggestNumber(magnets) {
  const left = magnets.map(String);
  let number = '';
  while (left.length > 0) {
    let best = 0;
    for (let i = 1; i < left.length; i++) {
      if (left[i] + left[best] > left[best] + left[i]) best = i;
    }
    number += left[best];
    left[best] = left[left.length - 1];
    left.pop();
  }
  return number[0] === '0' ? '0' : number;
}
