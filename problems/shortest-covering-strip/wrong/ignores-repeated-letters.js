// Tracks which letters are needed, not how many times: "aa" is satisfied by a single "a".
function shortestStrip(text, need) {
  const wanted = new Set(need);
  const have = new Map();
  let covered = 0;
  let best = '';
  let start = 0;
  for (let end = 0; end < text.length; end++) {
    const letter = text[end];
    have.set(letter, (have.get(letter) ?? 0) + 1);
    if (wanted.has(letter) && have.get(letter) === 1) covered++;
    while (covered === wanted.size) {
      if (best === '' || end - start + 1 < best.length) best = text.slice(start, end + 1);
      const gone = text[start++];
      have.set(gone, have.get(gone) - 1);
      if (wanted.has(gone) && have.get(gone) === 0) covered--;
    }
  }
  return best;
}
