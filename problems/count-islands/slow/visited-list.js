// Right, but remembers visited cells as "row,col" strings in an array and searches it
// with includes: every lookup costs as much as the list is long.
function countIslands(map) {
  const visited = [];
  let islands = 0;
  function fill(r, c) {
    if (r < 0 || r >= map.length || c < 0 || c >= map[0].length) return;
    if (map[r][c] !== '#' || visited.includes(`${r},${c}`)) return;
    visited.push(`${r},${c}`);
    fill(r - 1, c);
    fill(r + 1, c);
    fill(r, c - 1);
    fill(r, c + 1);
  }
  for (let r = 0; r < map.length; r++) {
    for (let c = 0; c < map[0].length; c++) {
      if (map[r][c] === '#' && !visited.includes(`${r},${c}`)) {
        islands++;
        fill(r, c);
      }
    }
  }
  return islands;
}
