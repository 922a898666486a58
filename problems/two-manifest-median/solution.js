// Binary search on how many of the shorter array's values go into the lower half of the
// combined order. Taking i from the short array and half - i from the long one is right
// exactly when each side's last taken value is at most the other side's first left-out
// value. Missing neighbours count as -Infinity / Infinity. O(log(min(n, m))) time.
function middleWeight(first, second) {
  const [short, long] = first.length <= second.length ? [first, second] : [second, first];
  const total = short.length + long.length;
  const half = Math.floor((total + 1) / 2);
  let low = 0;
  let high = short.length;
  while (low <= high) {
    const i = Math.floor((low + high) / 2);
    const j = half - i;
    const shortLeft = i > 0 ? short[i - 1] : -Infinity;
    const shortRight = i < short.length ? short[i] : Infinity;
    const longLeft = j > 0 ? long[j - 1] : -Infinity;
    const longRight = j < long.length ? long[j] : Infinity;
    if (shortLeft > longRight) {
      high = i - 1;
    } else if (longLeft > shortRight) {
      low = i + 1;
    } else {
      const lowerMiddle = Math.max(shortLeft, longLeft);
      if (total % 2 === 1) return lowerMiddle;
      return (lowerMiddle + Math.min(shortRight, longRight)) / 2;
    }
  }
  throw new Error('the arrays are not sorted');
}
