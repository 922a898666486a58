// Stops once the fixed charge is not negative (>= 0 instead of > 0), so [0, 0, 0] is never found.
function neutralTrios(charges) {
  const sorted = [...charges].sort((a, b) => a - b);
  const trios = [];
  for (let i = 0; i < sorted.length - 2; i++) {
    if (sorted[i] >= 0) break;
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    let left = i + 1;
    let right = sorted.length - 1;
    while (left < right) {
      const sum = sorted[i] + sorted[left] + sorted[right];
      if (sum < 0) left++;
      else if (sum > 0) right--;
      else {
        trios.push([sorted[i], sorted[left], sorted[right]]);
        left++;
        right--;
        while (left < right && sorted[left] === sorted[left - 1]) left++;
      }
    }
  }
  return trios;
}
