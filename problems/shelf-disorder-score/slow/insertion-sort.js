// Right, but sorts a copy by insertion and counts the moves: O(n + score), which is O(n²)
// on a shelf that is nearly reversed.
function disorderScore(shelf) {
  const books = shelf.slice();
  let score = 0;
  for (let i = 1; i < books.length; i++) {
    const book = books[i];
    let j = i - 1;
    while (j >= 0 && books[j] > book) {
      books[j + 1] = books[j];
      j--;
      score++;
    }
    books[j + 1] = book;
  }
  return score;
}
