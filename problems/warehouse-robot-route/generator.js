/**
 * A floor of about `size` cells (roughly square for large sizes, any shape up to 10
 * cells), 15% to 35% shelves, with a random right-and-down route carved open from the
 * top-left to the bottom-right corner. About one floor in five then has the packing
 * station walled in (its neighbours above and to the left become shelves), so no route
 * exists; on small floors a corner itself is sometimes a shelf.
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
  const density = 0.15 + 0.2 * random();
  const grid = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (random() < density ? '#' : '.')));
  for (let r = 0, c = 0; ; ) {
    grid[r][c] = '.';
    if (r === rows - 1 && c === cols - 1) break;
    if (r === rows - 1 || (c < cols - 1 && random() < cols / (rows + cols))) c++;
    else r++;
  }
  const roll = random();
  if (roll < 0.2) {
    if (rows > 1) grid[rows - 2][cols - 1] = '#';
    if (cols > 1) grid[rows - 1][cols - 2] = '#';
  } else if (roll < 0.3 && cells <= 10) {
    if (random() < 0.5) grid[0][0] = '#';
    else grid[rows - 1][cols - 1] = '#';
  }
  return [grid.map((row) => row.join(''))];
}

/**
 * A serpentine floor of about `size` cells: open corridors joined by a gap at alternate
 * ends, so the only route winds through every corridor and turns back on itself at each
 * end. Breadth-first search still reaches each cell once; repeated sweeps need one sweep
 * per cell of every corridor that runs against them.
 * @param {number} size
 * @param {() => number} _random unused: the floor is the same for every seed
 */
export function worstCase(size, _random) {
  const cells = Math.max(1, size);
  let rows = Math.min(299, Math.max(1, Math.round(Math.sqrt(cells))));
  if (rows % 2 === 0) rows--;
  const cols = Math.min(300, Math.max(1, Math.round(cells / rows)));
  return [serpentine(rows, cols)];
}

/** Open even rows; odd row k is shelves but for one gap, at the right end then the left. */
function serpentine(rows, cols) {
  const floor = [];
  for (let r = 0; r < rows; r++) {
    if (r % 2 === 0) floor.push('.'.repeat(cols));
    else {
      const gap = r % 4 === 1 ? cols - 1 : 0;
      floor.push(Array.from({ length: cols }, (_, c) => (c === gap ? '.' : '#')).join(''));
    }
  }
  return floor;
}
