/**
 * `size` stations (at least 1) and k. Up to 10 stations, coordinates are in [-3, 3] (so
 * distances tie and positions repeat) and k is random; from 16 up, coordinates are in
 * [-10⁵, 10⁵], about one station in five mirrors or swaps an earlier one's coordinates
 * (same distance), one in fifty repeats an earlier position, and k is half the stations.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const stations = stationsOf(n, random);
  const k = n <= 10 ? 1 + int(n) : Math.floor(n / 2);
  return [stations, k];
}

/**
 * The same stations, farthest first: every station beats the worst of those kept so far,
 * so a heap of the best k is updated at every step, and a sorted array has every new
 * station inserted at its front.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const n = Math.max(1, size);
  const stations = stationsOf(n, random);
  const far = ([x, y]) => x * x + y * y;
  stations.sort((a, b) => far(b) - far(a) || b[0] - a[0] || b[1] - a[1]);
  return [stations, Math.max(1, Math.floor(n / 2))];
}

function stationsOf(n, random) {
  const int = (below) => Math.floor(random() * below);
  const range = n <= 10 ? 3 : 100_000;
  const stations = [];
  for (let i = 0; i < n; i++) {
    const roll = random();
    if (i > 0 && roll < 0.02) {
      const [x, y] = stations[int(i)];
      stations.push([x, y]);
    } else if (i > 0 && roll < 0.22) {
      const [x, y] = stations[int(i)];
      const [a, b] = random() < 0.5 ? [x, y] : [y, x];
      // Mirror without making -0, which would not equal 0 in the answers.
      const flip = (v) => (v !== 0 && random() < 0.5 ? -v : v);
      stations.push([flip(a), flip(b)]);
    } else stations.push([int(2 * range + 1) - range, int(2 * range + 1) - range]);
  }
  return stations;
}
