// Bug: counts letters in an Int32Array(26) indexed by code - 97, so capital letters are silently never counted.
function shortestStrip(text, need) {
  const want = new Int32Array(26);
  let distinct = 0;
  for (let i = 0; i < need.length; i++) {
    const k = need.charCodeAt(i) - 97;
    if (want[k] === 0) distinct++;
    want[k]++;
  }
  const have = new Int32Array(26);
  let formed = 0;
  let bestStart = -1;
  let bestLen = Number.POSITIVE_INFINITY;
  let left = 0;
  for (let right = 0; right < text.length; right++) {
    const k = text.charCodeAt(right) - 97;
    have[k]++;
    if (want[k] > 0 && have[k] === want[k]) formed++;
    while (formed === distinct && left <= right) {
      if (right - left + 1 < bestLen) {
        bestLen = right - left + 1;
        bestStart = left;
      }
      const d = text.charCodeAt(left) - 97;
      have[d]--;
      if (want[d] > 0 && have[d] < want[d]) formed--;
      left++;
    }
  }
  return bestStart === -1 ? '' : text.slice(bestStart, bestStart + bestLen);
}
