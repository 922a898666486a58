// Bug: records a strip when it is no longer than the best (<=), so among equal lengths the rightmost wins.
function shortestStrip(text, need) {
  const want = new Map();
  for (const c of need) want.set(c, (want.get(c) || 0) + 1);
  let missing = need.length;
  let bestStart = -1;
  let bestLen = Number.POSITIVE_INFINITY;
  let left = 0;
  for (let right = 0; right < text.length; right++) {
    const c = text[right];
    if (want.has(c)) {
      if (want.get(c) > 0) missing--;
      want.set(c, want.get(c) - 1);
    }
    while (missing === 0) {
      if (right - left + 1 <= bestLen) {
        bestLen = right - left + 1;
        bestStart = left;
      }
      const d = text[left];
      if (want.has(d)) {
        want.set(d, want.get(d) + 1);
        if (want.get(d) > 0) missing++;
      }
      left++;
    }
  }
  return bestStart === -1 ? '' : text.slice(bestStart, bestStart + bestLen);
}
