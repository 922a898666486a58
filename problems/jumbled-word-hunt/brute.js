// Sort the letters of every block and compare with the sorted word.
function findJumbles(strip, word) {
  const sorted = (s) => [...s].sort().join('');
  const key = sorted(word);
  const starts = [];
  for (let i = 0; i + word.length <= strip.length; i++) {
    if (sorted(strip.slice(i, i + word.length)) === key) starts.push(i);
  }
  return starts;
}
