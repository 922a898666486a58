// Distances by relaxation: start with 0 at the top-left and "unknown" elsewhere, and keep
// lowering each open cell to one more than its best neighbour until nothing changes.
function shortestRoute(floor) {
  const rows = floor.length;
  const cols = floor[0].length;
  if (floor[0][0] === '#' || floor[rows - 1][cols - 1] === '#') return -1;
  const best = floor.map((row) => Array.from(row, () => Number.POSITIVE_INFINITY));
  best[0][0] = 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (floor[r][c] === '#') continue;
        for (const [dr, dc] of [
          [-1, 0],
          [1, 0],
          [0, -1],
          [0, 1],
        ]) {
          const nr = r + dr;
          const nc = c + dc;
          if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
          if (best[nr][nc] + 1 < best[r][c]) {
            best[r][c] = best[nr][nc] + 1;
            changed = true;
          }
        }
      }
    }
  }
  const answer = best[rows - 1][cols - 1];
  return answer === Number.POSITIVE_INFINITY ? -1 : answer;
}
