// Plain recursion on the first letters of what is left of each word: when they match,
// keeping both is never worse; otherwise try all three edits. Exponential.
function minEdits(typed, intended) {
  function fewest(i, j) {
    if (i === typed.length) return intended.length - j;
    if (j === intended.length) return typed.length - i;
    if (typed[i] === intended[j]) return fewest(i + 1, j + 1);
    return 1 + Math.min(fewest(i + 1, j + 1), fewest(i + 1, j), fewest(i, j + 1));
  }
  return fewest(0, 0);
}
