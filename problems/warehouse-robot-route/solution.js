// Breadth-first search from the top-left cell: cells leave the queue in order of their
// distance, so the first time a cell is reached is by a shortest route. Each cell is
// queued at most once, and the queue is an array read by index (no shift): O(rows ·
// columns) time and space.
function shortestRoute(floor) {
  const rows = floor.length;
  const cols = floor[0].length;
  if (floor[0][0] !== '.' || floor[rows - 1][cols - 1] !== '.') return -1;
  const distance = new Int32Array(rows * cols).fill(-1);
  const queue = new Int32Array(rows * cols);
  let head = 0;
  let tail = 0;
  distance[0] = 0;
  queue[tail++] = 0;
  const target = rows * cols - 1;
  while (head < tail) {
    const cell = queue[head++];
    if (cell === target) return distance[cell];
    const r = Math.floor(cell / cols);
    const c = cell % cols;
    for (const [nr, nc] of [
      [r - 1, c],
      [r + 1, c],
      [r, c - 1],
      [r, c + 1],
    ]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) continue;
      const next = nr * cols + nc;
      if (floor[nr][nc] !== '.' || distance[next] !== -1) continue;
      distance[next] = distance[cell] + 1;
      queue[tail++] = next;
    }
  }
  return -1;
}
