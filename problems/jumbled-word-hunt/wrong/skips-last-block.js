// Stops one block early (`i < n - m` instead of `i <= n - m`), so a jumble at the very end
// of the strip is missed.
function findJumbles(strip, word) {
  const wanted = new Array(26).fill(0);
  for (let i = 0; i < word.length; i++) wanted[word.charCodeAt(i) - 97]++;
  const have = new Array(26).fill(0);
  const starts = [];
  for (let i = 0; i < word.length && i < strip.length; i++) have[strip.charCodeAt(i) - 97]++;
  for (let i = 0; i < strip.length - word.length; i++) {
    if (have.every((count, c) => count === wanted[c])) starts.push(i);
    have[strip.charCodeAt(i) - 97]--;
    have[strip.charCodeAt(i + word.length) - 97]++;
  }
  return starts;
}
