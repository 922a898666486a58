/**
 * `size` villages (at least 1) and about 2.5 links per village, each taking 0 to 1000
 * minutes (0 to 5 up to 10 villages, so times tie). Every village but the source first
 * gets a link from a village settled before it in a random order, so all can be reached;
 * then random extra links follow, some of them shortcuts and some repeats or self-links.
 * About one input in four then cuts every link into one or two villages, which never hear.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const most = n <= 10 ? 6 : 1001;
  const source = int(n);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const at = order.indexOf(source);
  [order[0], order[at]] = [order[at], order[0]];
  let links = [];
  for (let i = 1; i < n; i++) links.push([order[int(i)], order[i], int(most)]);
  const extra = n <= 10 ? int(2 * n) : Math.floor(1.5 * n);
  for (let k = 0; k < extra; k++) {
    const roll = random();
    if (roll < 0.05 && links.length > 0) links.push(links[int(links.length)]);
    else if (roll < 0.08) {
      const v = int(n);
      links.push([v, v, int(most)]);
    } else links.push([int(n), int(n), int(most)]);
  }
  if (n > 1 && random() < 0.25) {
    const cut = new Set();
    for (let k = 0, count = 1 + int(2); k < count; k++) {
      const v = int(n);
      if (v !== source) cut.add(v);
    }
    links = links.filter(([, to]) => !cut.has(to));
  }
  for (let i = links.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [links[i], links[j]] = [links[j], links[i]];
  }
  return [n, links, source];
}
