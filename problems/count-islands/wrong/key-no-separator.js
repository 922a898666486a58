// Bug: marks visited cells with the key `${r}${c}`, so (1, 11) and (11, 1) share a key.
function countIslands(map) {
  const seen = new Set();
  let count = 0;
  const fill = (r, c) => {
    if (r < 0 || c < 0 || r >= map.length || c >= map[0].length) return;
    const key = `${r}${c}`;
    if (map[r][c] !== '#' || seen.has(key)) return;
    seen.add(key);
    fill(r + 1, c);
    fill(r - 1, c);
    fill(r, c + 1);
    fill(r, c - 1);
  };
  for (let r = 0; r < map.length; r++) {
    for (let c = 0; c < map[0].length; c++) {
      if (map[r][c] === '#' && !seen.has(`${r}${c}`)) {
        count++;
        fill(r, c);
      }
    }
  }
  return count;
}
