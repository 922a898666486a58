// Bug: counts land cells with no land directly above or to the left, as if every island had one top-left corner.
function countIslands(map) {
  let count = 0;
  for (let r = 0; r < map.length; r++) {
    for (let c = 0; c < map[r].length; c++) {
      if (map[r][c] !== '#') continue;
      const up = r > 0 && map[r - 1][c] === '#';
      const left = c > 0 && map[r][c - 1] === '#';
      if (!up && !left) count++;
    }
  }
  return count;
}
