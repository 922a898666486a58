// Compares a rolling sum of letter codes instead of letter counts: "ad" and "bc" add up to
// the same number.
function findJumbles(strip, word) {
  let target = 0;
  for (let i = 0; i < word.length; i++) target += word.charCodeAt(i);
  const starts = [];
  let sum = 0;
  for (let end = 0; end < strip.length; end++) {
    sum += strip.charCodeAt(end);
    if (end >= word.length) sum -= strip.charCodeAt(end - word.length);
    if (end >= word.length - 1 && sum === target) starts.push(end - word.length + 1);
  }
  return starts;
}
