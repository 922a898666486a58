// Union-find over the land cells: join each land cell with the land to its right and below;
// the islands are the sets left. With union by size and path halving each operation takes
// near-constant (inverse Ackermann) time: O(rows · columns).
function countIslands(map) {
  const rows = map.length;
  const cols = map[0].length;
  const parent = [];
  const size = [];
  for (let i = 0; i < rows * cols; i++) {
    parent.push(i);
    size.push(1);
  }
  const find = (x) => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  let islands = 0;
  const join = (a, b) => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return;
    if (size[ra] < size[rb]) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    size[ra] += size[rb];
    islands--;
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (map[r][c] !== '#') continue;
      islands++;
      if (r > 0 && map[r - 1][c] === '#') join(r * cols + c, (r - 1) * cols + c);
      if (c > 0 && map[r][c - 1] === '#') join(r * cols + c, r * cols + c - 1);
    }
  }
  return islands;
}
