// A correct breadth-first search, except that it also moves diagonally, cutting corners
// between shelves.
function shortestRoute(floor) {
  const rows = floor.length;
  const cols = floor[0].length;
  if (floor[0][0] === '#' || floor[rows - 1][cols - 1] === '#') return -1;
  const distance = floor.map((row) => Array.from(row, () => -1));
  distance[0][0] = 0;
  const queue = [[0, 0]];
  for (let head = 0; head < queue.length; head++) {
    const [r, c] = queue[head];
    if (r === rows - 1 && c === cols - 1) return distance[r][c];
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        const nr = r + dr;
        const nc = c + dc;
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
        if (floor[nr][nc] === '#' || distance[nr][nc] !== -1) continue;
        distance[nr][nc] = distance[r][c] + 1;
        queue.push([nr, nc]);
      }
    }
  }
  return -1;
}
