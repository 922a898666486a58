// Merge sort a copy, counting while merging: when the next number taken comes from the
// right half because it is strictly smaller than the next one on the left, it is out of
// order with every number still waiting on the left. Equal numbers are taken from the left
// first, so they are never counted. Bottom-up, so no recursion. O(n log n) time, O(n)
// space.
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
          score += middle - i;
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
