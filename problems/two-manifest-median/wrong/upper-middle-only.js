// Binary search on the partition, but for an even total returns the upper middle weight
// instead of the average of the two middle ones.
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
    if (shortLeft > longRight) high = i - 1;
    else if (longLeft > shortRight) low = i + 1;
    else return total % 2 === 1 ? Math.max(shortLeft, longLeft) : Math.min(shortRight, longRight);
  }
  return 0;
}
