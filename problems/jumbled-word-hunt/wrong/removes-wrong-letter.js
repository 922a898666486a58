// When the window slides, removes the letter one place too far right (end - m + 1, the
// block's new first letter, instead of end - m, the one that just left).
function findJumbles(strip, word) {
  const m = word.length;
  const diff = new Array(26).fill(0);
  for (let i = 0; i < m; i++) diff[word.charCodeAt(i) - 97]--;
  const starts = [];
  for (let end = 0; end < strip.length; end++) {
    diff[strip.charCodeAt(end) - 97]++;
    if (end >= m) diff[strip.charCodeAt(end - m + 1) - 97]--;
    if (end >= m - 1 && diff.every((d) => d === 0)) starts.push(end - m + 1);
  }
  return starts;
}
