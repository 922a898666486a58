// Averages the two manifests' own medians, which is not the median of all the weights.
function middleWeight(first, second) {
  const median = (list) => {
    const middle = Math.floor(list.length / 2);
    return list.length % 2 === 1 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
  };
  if (first.length === 0) return median(second);
  if (second.length === 0) return median(first);
  return (median(first) + median(second)) / 2;
}
