// Every strip, shortest lengths first and leftmost first within a length; the first that
// covers the needed letters is the answer. O(n³).
function shortestStrip(text, need) {
  const counts = (s) => {
    const c = {};
    for (const letter of s) c[letter] = (c[letter] ?? 0) + 1;
    return c;
  };
  const wanted = counts(need);
  for (let length = need.length; length <= text.length; length++) {
    for (let start = 0; start + length <= text.length; start++) {
      const have = counts(text.slice(start, start + length));
      if (Object.keys(wanted).every((letter) => (have[letter] ?? 0) >= wanted[letter])) {
        return text.slice(start, start + length);
      }
    }
  }
  return '';
}
