// Sorts with the default sort(), which compares numbers as strings (-1 < -4 < 0 < 10 < 2), so the two pointers walk an unsorted array.
function neutralTrios(charges) {
  const sorted = [...charges].sort();
  const trios = [];
  for (let i = 0; i < sorted.length - 2; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    let left = i + 1;
    let right = sorted.length - 1;
    while (left < right) {
      const sum = sorted[i] + sorted[left] + sorted[right];
      if (sum < 0) left++;
      else if (sum > 0) right--;
      else {
        trios.push([sorted[i], sorted[left], sorted[right]].sort((a, b) => a - b));
        left++;
        right--;
        while (left < right && sorted[left] === sorted[left - 1]) left++;
      }
    }
  }
  return trios;
}
