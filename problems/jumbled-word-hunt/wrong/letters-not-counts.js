// Checks that the block uses the same set of letters as the word, not how many of each:
// "aab" passes as a jumble of "abb".
function findJumbles(strip, word) {
  const wanted = [...new Set(word)].sort().join('');
  const starts = [];
  for (let i = 0; i + word.length <= strip.length; i++) {
    const letters = [...new Set(strip.slice(i, i + word.length))].sort().join('');
    if (letters === wanted) starts.push(i);
  }
  return starts;
}
