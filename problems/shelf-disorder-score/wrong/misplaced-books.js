// Counts the books that are not where sorting would put them, which is not the number of
// pairs out of order.
function disorderScore(shelf) {
  const sorted = [...shelf].sort((a, b) => a - b);
  let score = 0;
  for (let i = 0; i < shelf.length; i++) if (shelf[i] !== sorted[i]) score++;
  return score;
}
