// Never checks the two corner cells themselves: a robot standing on a shelf still leaves
// it, and a shelf at the packing station is still reached.
function shortestRoute(floor) {
  const rows = floor.length;
  const cols = floor[0].length;
  const distance = floor.map((row) => Array.from(row, () => -1));
  distance[0][0] = 0;
  const queue = [[0, 0]];
  for (let head = 0; head < queue.length; head++) {
    const [r, c] = queue[head];
    for (const [nr, nc] of [
      [r - 1, c],
      [r + 1, c],
      [r, c - 1],
      [r, c + 1],
    ]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || distance[nr][nc] !== -1) continue;
      if (floor[nr][nc] === '#' && !(nr === rows - 1 && nc === cols - 1)) continue;
      distance[nr][nc] = distance[r][c] + 1;
      queue.push([nr, nc]);
    }
  }
  return distance[rows - 1][cols - 1];
}
