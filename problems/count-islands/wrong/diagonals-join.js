// A correct flood fill, but it also steps diagonally, merging islands that only touch at
// a corner.
function countIslands(map) {
  const rows = map.length;
  const cols = map[0].length;
  const seen = map.map((row) => Array.from(row, () => false));
  function fill(r, c) {
    if (r < 0 || r >= rows || c < 0 || c >= cols || map[r][c] !== '#' || seen[r][c]) return;
    seen[r][c] = true;
    for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) if (dr || dc) fill(r + dr, c + dc);
  }
  let islands = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (map[r][c] === '#' && !seen[r][c]) {
        islands++;
        fill(r, c);
      }
    }
  }
  return islands;
}
