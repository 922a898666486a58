// Counts only neighbouring books that are out of order, not every pair.
function disorderScore(shelf) {
  let score = 0;
  for (let i = 0; i + 1 < shelf.length; i++) if (shelf[i] > shelf[i + 1]) score++;
  return score;
}
