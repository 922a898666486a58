// Stops at the first strip that covers the letters (trimmed from the left), without
// looking for a shorter one further on.
function shortestStrip(text, need) {
  const owed = new Map();
  for (const letter of need) owed.set(letter, (owed.get(letter) ?? 0) + 1);
  let missing = need.length;
  let start = 0;
  for (let end = 0; end < text.length; end++) {
    const letter = text[end];
    if ((owed.get(letter) ?? 0) > 0) missing--;
    owed.set(letter, (owed.get(letter) ?? 0) - 1);
    if (missing === 0) {
      while ((owed.get(text[start]) ?? 0) < 0) {
        owed.set(text[start], owed.get(text[start]) + 1);
        start++;
      }
      return text.slice(start, end + 1);
    }
  }
  return '';
}
