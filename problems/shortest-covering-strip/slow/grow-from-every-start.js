// Right, but grows a strip from every start until it covers the letters: O(n²) when the
// needed letters are far apart.
function shortestStrip(text, need) {
  const wanted = new Map();
  for (const letter of need) wanted.set(letter, (wanted.get(letter) ?? 0) + 1);
  let best = '';
  for (let start = 0; start < text.length; start++) {
    const owed = new Map(wanted);
    let missing = need.length;
    for (let end = start; end < text.length; end++) {
      const letter = text[end];
      const left = owed.get(letter) ?? 0;
      if (left > 0) missing--;
      owed.set(letter, left - 1);
      if (missing === 0) {
        if (best === '' || end - start + 1 < best.length) best = text.slice(start, end + 1);
        break;
      }
    }
  }
  return best;
}
