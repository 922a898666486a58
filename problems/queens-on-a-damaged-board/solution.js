// One queen per row, placed row by row. Columns and both diagonals in use are kept in
// bitmasks shifted as we go down a row, so the free squares of a row are one expression
// and each is visited by lowest set bit. Damaged squares are masked out per row.
// O(n!) in the worst case, O(n) space.
function countPlacements(board) {
  const n = board.length;
  const full = (1 << n) - 1;
  const good = board.map((row) => {
    let mask = 0;
    for (let c = 0; c < n; c++) if (row[c] === '.') mask |= 1 << c;
    return mask;
  });
  function place(row, columns, down, up) {
    if (row === n) return 1;
    let free = good[row] & full & ~(columns | down | up);
    let count = 0;
    while (free !== 0) {
      const bit = free & -free;
      free ^= bit;
      count += place(row + 1, columns | bit, ((down | bit) << 1) & full, (up | bit) >> 1);
    }
    return count;
  }
  return place(0, 0, 0, 0);
}
