// Bellman-Ford: start with 0 at the source and "never" elsewhere, and relax every link
// until no village hears the warning any earlier.
function warningTime(n, links, source) {
  const heard = new Array(n).fill(Number.POSITIVE_INFINITY);
  heard[source] = 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (const [from, to, minutes] of links) {
      if (heard[from] + minutes < heard[to]) {
        heard[to] = heard[from] + minutes;
        changed = true;
      }
    }
  }
  const last = Math.max(...heard);
  return last === Number.POSITIVE_INFINITY ? -1 : last;
}
