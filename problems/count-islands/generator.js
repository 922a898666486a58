/**
 * A map of about `size` cells (a random shape, roughly square for large sizes), land
 * with a random density between 25% and 55%. Any island over 500 cells keeps only its
 * first 500 cells in breadth-first order (still connected); the rest turns to water.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const cells = Math.max(1, size);
  let rows;
  if (cells <= 10) rows = 1 + int(cells);
  else rows = Math.max(1, Math.round(Math.sqrt(cells) * (0.7 + 0.6 * random())));
  rows = Math.min(rows, 300);
  const cols = Math.min(300, Math.max(1, Math.round(cells / rows)));
  const density = 0.25 + 0.3 * random();
  const land = Array.from({ length: rows }, () => Array.from({ length: cols }, () => random() < density));

  const seen = land.map((row) => row.map(() => false));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (!land[r][c] || seen[r][c]) continue;
      const island = [[r, c]];
      seen[r][c] = true;
      for (let head = 0; head < island.length; head++) {
        const [y, x] = island[head];
        for (const [ny, nx] of [
          [y - 1, x],
          [y + 1, x],
          [y, x - 1],
          [y, x + 1],
        ]) {
          if (ny >= 0 && ny < rows && nx >= 0 && nx < cols && land[ny][nx] && !seen[ny][nx]) {
            seen[ny][nx] = true;
            island.push([ny, nx]);
          }
        }
      }
      for (const [y, x] of island.slice(500)) land[y][x] = false;
    }
  }
  return [land.map((row) => row.map((isLand) => (isLand ? '#' : '.')).join(''))];
}

/**
 * A map of about `size` cells (square, at most 300 × 300),
 * all land except a line of water after every 20th row and column: square islands of at
 * most 400 cells cover about 90% of the map, the most land the 500-cell limit allows, so
 * a visited list searched cell by cell grows as long as it can.
 * @param {number} size
 */
export function worstCase(size) {
  const cells = Math.max(1, size);
  const rows = Math.min(300, Math.max(1, Math.round(Math.sqrt(cells))));
  const cols = Math.min(300, Math.max(1, Math.round(cells / rows)));
  const map = [];
  for (let r = 0; r < rows; r++) {
    let row = '';
    for (let c = 0; c < cols; c++) row += r % 21 === 20 || c % 21 === 20 ? '.' : '#';
    map.push(row);
  }
  return [map];
}
