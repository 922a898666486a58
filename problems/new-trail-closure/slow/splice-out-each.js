// Right, but removes each swallowed stretch with its own splice, which shifts everything
// after it: O(n²) when the new stretch swallows most of the list.
function addClosure(closures, closure) {
  const list = closures.map(([a, b]) => [a, b]);
  let i = 0;
  while (i < list.length && list[i][1] < closure[0]) i++;
  list.splice(i, 0, [closure[0], closure[1]]);
  while (i + 1 < list.length && list[i + 1][0] <= list[i][1]) {
    list[i][0] = Math.min(list[i][0], list[i + 1][0]);
    list[i][1] = Math.max(list[i][1], list[i + 1][1]);
    list.splice(i + 1, 1);
  }
  return list;
}
