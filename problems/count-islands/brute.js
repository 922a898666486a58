// Union-find over the land cells: join each land cell with the land to its right and
// below, then count the distinct roots.
function countIslands(map) {
  const rows = map.length;
  const cols = map[0].length;
  const parent = [];
  for (let i = 0; i < rows * cols; i++) parent.push(i);
  const find = (i) => {
    while (parent[i] !== i) i = parent[i];
    return i;
  };
  const join = (a, b) => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (map[r][c] !== '#') continue;
      if (c + 1 < cols && map[r][c + 1] === '#') join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && map[r + 1][c] === '#') join(r * cols + c, (r + 1) * cols + c);
    }
  }
  const roots = new Set();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) if (map[r][c] === '#') roots.add(find(r * cols + c));
  }
  return roots.size;
}
