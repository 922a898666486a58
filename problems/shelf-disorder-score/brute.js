// Every pair: O(n²).
function disorderScore(shelf) {
  let score = 0;
  for (let i = 0; i < shelf.length; i++) {
    for (let j = i + 1; j < shelf.length; j++) if (shelf[i] > shelf[j]) score++;
  }
  return score;
}
