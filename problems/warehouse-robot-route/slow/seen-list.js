// Right, a breadth-first search, but remembers the cells it has reached as "row,col"
// strings in an array searched with includes: each check costs as much as the list is
// long, O(cells²) in all.
function shortestRoute(floor) {
  const rows = floor.length;
  const cols = floor[0].length;
  if (floor[0][0] === '#' || floor[rows - 1][cols - 1] === '#') return -1;
  const seen = ['0,0'];
  let level = [[0, 0]];
  for (let steps = 0; level.length > 0; steps++) {
    const next = [];
    for (const [r, c] of level) {
      if (r === rows - 1 && c === cols - 1) return steps;
      for (const [nr, nc] of [
        [r - 1, c],
        [r + 1, c],
        [r, c - 1],
        [r, c + 1],
      ]) {
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || floor[nr][nc] === '#') continue;
        const key = `${nr},${nc}`;
        if (seen.includes(key)) continue;
        seen.push(key);
        next.push([nr, nc]);
      }
    }
    level = next;
  }
  return -1;
}
