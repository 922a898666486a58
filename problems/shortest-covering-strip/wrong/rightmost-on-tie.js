// Keeps a strip when it is as short as the best so far, so ties go to the rightmost strip.
function shortestStrip(text, need) {
  const owed = new Map();
  for (const letter of need) owed.set(letter, (owed.get(letter) ?? 0) + 1);
  let missing = need.length;
  let best = null;
  let start = 0;
  for (let end = 0; end < text.length; end++) {
    const letter = text[end];
    if ((owed.get(letter) ?? 0) > 0) missing--;
    owed.set(letter, (owed.get(letter) ?? 0) - 1);
    while (missing === 0) {
      if (best === null || end - start + 1 <= best.length) best = text.slice(start, end + 1);
      const gone = text[start++];
      owed.set(gone, owed.get(gone) + 1);
      if (owed.get(gone) > 0) missing++;
    }
  }
  return best ?? '';
}
