// Counts land cells with water above and to the left, as if each island had exactly one
// top-left corner: a U-shaped island is counted twice.
function countIslands(map) {
  let islands = 0;
  for (let r = 0; r < map.length; r++) {
    for (let c = 0; c < map[r].length; c++) {
      if (map[r][c] !== '#') continue;
      const up = r > 0 && map[r - 1][c] === '#';
      const left = c > 0 && map[r][c - 1] === '#';
      if (!up && !left) islands++;
    }
  }
  return islands;
}
