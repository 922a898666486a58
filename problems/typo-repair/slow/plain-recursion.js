// Right, but solves the same pair of suffixes again each time the recursion reaches it:
// without a memo the calls grow exponentially with the words' lengths.
function minEdits(typed, intended) {
  function fewest(i, j) {
    if (i === typed.length) return intended.length - j;
    if (j === intended.length) return typed.length - i;
    if (typed[i] === intended[j]) return fewest(i + 1, j + 1);
    const replace = fewest(i + 1, j + 1);
    const remove = fewest(i + 1, j);
    const insert = fewest(i, j + 1);
    return 1 + Math.min(replace, remove, insert);
  }
  return fewest(0, 0);
}
