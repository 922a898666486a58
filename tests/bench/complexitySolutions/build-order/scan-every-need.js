// Right, but each round looks for the first unbuilt package whose needs are met by reading
// the whole list of needs for it: O(n) rounds of up to O(n · m) work, O(n³) when m grows
// like n.
function buildOrder(n, needs) {
  const built = new Array(n).fill(false);
  const order = [];
  while (order.length < n) {
    let next = -1;
    for (let p = 0; p < n && next < 0; p++) {
      if (built[p]) continue;
      let ready = true;
      for (let k = 0; k < needs.length; k++) {
        if (needs[k][0] === p && !built[needs[k][1]]) {
          ready = false;
          break;
        }
      }
      if (ready) next = p;
    }
    if (next < 0) return [];
    built[next] = true;
    order.push(next);
  }
  return order;
}
