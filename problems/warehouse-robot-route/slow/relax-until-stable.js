// Right, but finds distances by sweeping the whole floor again and again, lowering each
// cell to one more than its best neighbour, until a sweep changes nothing: on a winding
// route that needs one sweep per turn, O(cells²).
function shortestRoute(floor) {
  const rows = floor.length;
  const cols = floor[0].length;
  if (floor[0][0] === '#' || floor[rows - 1][cols - 1] === '#') return -1;
  const best = new Array(rows * cols).fill(Number.POSITIVE_INFINITY);
  best[0] = 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (floor[r][c] === '#') continue;
        const i = r * cols + c;
        let low = best[i];
        if (r > 0 && best[i - cols] + 1 < low) low = best[i - cols] + 1;
        if (r + 1 < rows && best[i + cols] + 1 < low) low = best[i + cols] + 1;
        if (c > 0 && best[i - 1] + 1 < low) low = best[i - 1] + 1;
        if (c + 1 < cols && best[i + 1] + 1 < low) low = best[i + 1] + 1;
        if (low < best[i]) {
          best[i] = low;
          changed = true;
        }
      }
    }
  }
  const answer = best[rows * cols - 1];
  return answer === Number.POSITIVE_INFINITY ? -1 : answer;
}
