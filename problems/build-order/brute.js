// Repeatedly build the lowest-numbered package whose needs are all built. O(n · (n + m)).
function buildOrder(n, needs) {
  const built = new Array(n).fill(false);
  const order = [];
  while (order.length < n) {
    let next = -1;
    for (let p = 0; p < n && next < 0; p++) {
      if (!built[p] && needs.every(([a, b]) => a !== p || built[b])) next = p;
    }
    if (next < 0) return [];
    built[next] = true;
    order.push(next);
  }
  return order;
}
