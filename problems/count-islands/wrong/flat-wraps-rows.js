// Bug: joins the rows into one string and steps ±1 for left/right, so the last cell of a row touches the first cell of the next.
function countIslands(map) {
  const rows = map.length;
  const cols = map[0].length;
  const flat = map.join('');
  const seen = new Uint8Array(flat.length);
  let count = 0;
  for (let s = 0; s < flat.length; s++) {
    if (flat[s] !== '#' || seen[s]) continue;
    count++;
    const stack = [s];
    seen[s] = 1;
    while (stack.length) {
      const v = stack.pop();
      for (const w of [v - 1, v + 1, v - cols, v + cols]) {
        if (w >= 0 && w < rows * cols && flat[w] === '#' && !seen[w]) {
          seen[w] = 1;
          stack.push(w);
        }
      }
    }
  }
  return count;
}
