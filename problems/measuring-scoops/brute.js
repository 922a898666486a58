// Try every count of every scoop size (0 up to target / size each), keep the counts that
// add up to target, and write each as a sorted list.
function scoopCombinations(scoops, target) {
  const sizes = [...scoops].sort((a, b) => a - b);
  const counts = sizes.map(() => 0);
  const ways = [];
  const tryCounts = (k, total) => {
    if (k === sizes.length) {
      if (total === target) {
        const way = [];
        sizes.forEach((size, i) => {
          for (let c = 0; c < counts[i]; c++) way.push(size);
        });
        ways.push(way);
      }
      return;
    }
    for (let c = 0; total + c * sizes[k] <= target; c++) {
      counts[k] = c;
      tryCounts(k + 1, total + c * sizes[k]);
    }
    counts[k] = 0;
  };
  tryCounts(0, 0);
  return ways;
}
