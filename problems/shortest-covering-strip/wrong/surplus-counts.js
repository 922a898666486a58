// Bug: decrements "missing" for every needed letter seen, even beyond the count needed, so surplus copies stand in for other letters.
function shortestStrip(text, need) {
  const want = new Map();
  for (const c of need) want.set(c, (want.get(c) || 0) + 1);
  const have = new Map();
  let missing = need.length;
  let bestStart = -1;
  let bestLen = Number.POSITIVE_INFINITY;
  let left = 0;
  for (let right = 0; right < text.length; right++) {
    const c = text[right];
    if (want.has(c)) {
      have.set(c, (have.get(c) || 0) + 1);
      missing--;
    }
    while (missing <= 0) {
      if (right - left + 1 < bestLen) {
        bestLen = right - left + 1;
        bestStart = left;
      }
      const d = text[left];
      if (want.has(d)) {
        have.set(d, have.get(d) - 1);
        missing++;
      }
      left++;
    }
  }
  return bestStart === -1 ? '' : text.slice(bestStart, bestStart + bestLen);
}
