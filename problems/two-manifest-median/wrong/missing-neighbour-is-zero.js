// Binary search on the partition, but a missing neighbour (before the first or after the
// last weight) is read as 0 instead of -Infinity or Infinity, which goes wrong as soon as
// weights are negative or positive enough.
function middleWeight(first, second) {
  const [short, long] = first.length <= second.length ? [first, second] : [second, first];
  const total = short.length + long.length;
  const half = Math.floor((total + 1) / 2);
  let low = 0;
  let high = short.length;
  while (low <= high) {
    const i = Math.floor((low + high) / 2);
    const j = half - i;
    const shortLeft = short[i - 1] || 0;
    const shortRight = short[i] || 0;
    const longLeft = long[j - 1] || 0;
    const longRight = long[j] || 0;
    if (shortLeft > longRight) high = i - 1;
    else if (longLeft > shortRight) low = i + 1;
    else {
      const lowerMiddle = Math.max(shortLeft, longLeft);
      if (total % 2 === 1) return lowerMiddle;
      return (lowerMiddle + Math.min(shortRight, longRight)) / 2;
    }
  }
  return 0;
}
