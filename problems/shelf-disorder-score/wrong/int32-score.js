// Keeps the score a 32-bit integer with `| 0`, which wraps around past 2³¹ − 1.
function disorderScore(shelf) {
  const n = shelf.length;
  let from = shelf.slice();
  let to = new Array(n);
  let score = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let low = 0; low < n; low += 2 * width) {
      const middle = Math.min(low + width, n);
      const high = Math.min(low + 2 * width, n);
      let i = low;
      let j = middle;
      let k = low;
      while (i < middle && j < high) {
        if (from[j] < from[i]) {
          score = (score + middle - i) | 0;
          to[k++] = from[j++];
        } else {
          to[k++] = from[i++];
        }
      }
      while (i < middle) to[k++] = from[i++];
      while (j < high) to[k++] = from[j++];
    }
    [from, to] = [to, from];
  }
  return score;
}
