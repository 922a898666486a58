/**
 * `size` calls after the constructor, about half hits and half getHits, at times that never
 * go down. Up to size 10 the times jump by 0 to 400 seconds, so that visits leave the
 * window at random. From 16 up the calls are spread evenly over 1500 seconds whatever the
 * size, so the window always holds about a fifth of them: the work of keeping or scanning
 * them grows with size.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const calls = [['new']];
  let time = 1 + int(1000);
  const start = time;
  for (let i = 0; i < size; i++) {
    if (size <= 10) time += random() < 0.3 ? 0 : int(401);
    else time = start + Math.floor((i * 1500) / size);
    calls.push([random() < 0.5 ? 'hit' : 'getHits', time]);
  }
  return calls;
}
