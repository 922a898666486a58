// Sorts and uses two pointers but never skips equal values, so a trio that can be made in several ways is listed several times.
function neutralTrios(charges) {
  const sorted = [...charges].sort((a, b) => a - b);
  const trios = [];
  for (let i = 0; i < sorted.length - 2; i++) {
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
      }
    }
  }
  return trios;
}
