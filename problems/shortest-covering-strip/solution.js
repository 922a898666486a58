// A sliding window. `owed[c]` is how many more copies of letter c the window needs (it goes
// negative for spare copies); `missing` counts the letters still owed in total. Grow the
// window to the right; whenever nothing is missing, shrink it from the left as far as it
// stays complete, and keep it if it is strictly shorter than the best so far (so ties keep
// the leftmost). O(n + m) time, O(1) space for 128 counters.
function shortestStrip(text, need) {
  const owed = new Array(128).fill(0);
  for (let i = 0; i < need.length; i++) owed[need.charCodeAt(i)]++;
  let missing = need.length;
  let bestStart = 0;
  let bestLength = Number.POSITIVE_INFINITY;
  let start = 0;
  for (let end = 0; end < text.length; end++) {
    if (owed[text.charCodeAt(end)]-- > 0) missing--;
    if (missing > 0) continue;
    while (owed[text.charCodeAt(start)] < 0) owed[text.charCodeAt(start++)]++;
    if (end - start + 1 < bestLength) {
      bestStart = start;
      bestLength = end - start + 1;
    }
  }
  return bestLength === Number.POSITIVE_INFINITY ? '' : text.slice(bestStart, bestStart + bestLength);
}
