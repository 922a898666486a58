// Scan every cell; each land cell not seen yet starts a new island, and a flood fill (an
// explicit stack) marks all of that island as seen. Every cell is visited a constant
// number of times: O(rows · columns) time and space.
function countIslands(map) {
  const rows = map.length;
  const cols = map[0].length;
  const seen = new Uint8Array(rows * cols);
  let islands = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (map[r][c] !== '#' || seen[r * cols + c]) continue;
      islands++;
      seen[r * cols + c] = 1;
      const stack = [r * cols + c];
      while (stack.length > 0) {
        const cell = stack.pop();
        const y = Math.floor(cell / cols);
        const x = cell % cols;
        for (const [ny, nx] of [
          [y - 1, x],
          [y + 1, x],
          [y, x - 1],
          [y, x + 1],
        ]) {
          if (ny < 0 || ny >= rows || nx < 0 || nx >= cols) continue;
          if (map[ny][nx] !== '#' || seen[ny * cols + nx]) continue;
          seen[ny * cols + nx] = 1;
          stack.push(ny * cols + nx);
        }
      }
    }
  }
  return islands;
}
