// Bug: loops over columns up to map.length (the row count), so a map wider than tall is only partly scanned.
function countIslands(map) {
  const n = map.length;
  const seen = new Set();
  let count = 0;
  const fill = (r, c) => {
    if (r < 0 || c < 0 || r >= n || c >= map[r].length) return;
    if (map[r][c] !== '#' || seen.has(r * 1000 + c)) return;
    seen.add(r * 1000 + c);
    fill(r + 1, c);
    fill(r - 1, c);
    fill(r, c + 1);
    fill(r, c - 1);
  };
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (map[r][c] === '#' && !seen.has(r * 1000 + c)) {
        count++;
        fill(r, c);
      }
    }
  }
  return count;
}
