// Bug: memoises on `${i}${j}` with no separator, so (1, 12) and (11, 2) share an entry.
function minEdits(typed, intended) {
  const memo = new Map();
  const go = (i, j) => {
    if (i === typed.length) return intended.length - j;
    if (j === intended.length) return typed.length - i;
    const key = `${i}${j}`;
    if (memo.has(key)) return memo.get(key);
    let best;
    if (typed[i] === intended[j]) best = go(i + 1, j + 1);
    else best = 1 + Math.min(go(i + 1, j + 1), go(i + 1, j), go(i, j + 1));
    memo.set(key, best);
    return best;
  };
  return go(0, 0);
}
