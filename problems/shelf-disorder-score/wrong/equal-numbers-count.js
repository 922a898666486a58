// Takes from the right half when its number is smaller or equal (<= instead of <), so
// copies of the same title are counted as out of order.
function disorderScore(shelf) {
  const sortAndCount = (books) => {
    if (books.length < 2) return [books, 0];
    const middle = books.length >> 1;
    const [left, leftScore] = sortAndCount(books.slice(0, middle));
    const [right, rightScore] = sortAndCount(books.slice(middle));
    const merged = [];
    let score = leftScore + rightScore;
    let i = 0;
    let j = 0;
    while (i < left.length && j < right.length) {
      if (right[j] <= left[i]) {
        score += left.length - i;
        merged.push(right[j++]);
      } else {
        merged.push(left[i++]);
      }
    }
    while (i < left.length) merged.push(left[i++]);
    while (j < right.length) merged.push(right[j++]);
    return [merged, score];
  };
  return sortAndCount(shelf)[1];
}
