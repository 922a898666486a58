/**
 * `size` sorted, separate closed stretches and one new stretch. Up to size 10 the markers
 * are small (0 to about 40), so the new stretch often touches others exactly. From 16 up
 * the stretches spread over [0, 10⁹]; the new one lies in a gap, before or after all of
 * them, touches a neighbour, overlaps a few, or (one input in four) swallows most of them.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(0, size);
  const closures = stretches(n, n <= 10 ? 4 : Math.floor(1_000_000_000 / (n + 1) / 2), random);
  const top = closures.length > 0 ? closures[closures.length - 1][1] + 5 : 40;
  const at = (i) => closures[Math.max(0, Math.min(closures.length - 1, i))];
  const kind = int(8);
  let closure;
  if (closures.length === 0 || kind === 0) {
    const a = int(top);
    closure = [a, a + int(4)];
  } else if (kind === 1) closure = [0, Math.max(0, closures[0][0] - 1)];
  else if (kind === 2) closure = [top, top + int(10)];
  else if (kind === 3) {
    const i = int(closures.length);
    closure = [at(i)[1], at(i)[1] + int(2)];
  } else if (kind <= 5) {
    const i = int(closures.length);
    const j = Math.min(closures.length - 1, i + int(4));
    closure = [at(i)[0] + int(at(i)[1] - at(i)[0] + 1), at(j)[1] + int(3)];
  } else {
    const i = int(Math.max(1, Math.floor(closures.length / 10)));
    const j = closures.length - 1 - int(Math.max(1, Math.floor(closures.length / 10)));
    closure = [at(i)[0], at(Math.max(i, j))[1]];
  }
  return [closures, closure];
}

/**
 * The worst case of removing swallowed stretches one by one: the new stretch covers every
 * stretch but the first and last.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const n = Math.max(0, size);
  const closures = stretches(n, Math.floor(1_000_000_000 / (n + 1) / 2), random);
  if (n < 3) return [closures, [0, 1_000_000_000]];
  return [closures, [closures[1][0], closures[n - 2][1]]];
}

/** `n` sorted stretches with gaps and lengths up to `step` (and a gap of at least 1). */
function stretches(n, step, random) {
  const int = (below) => Math.floor(random() * below);
  const closures = [];
  let at = int(step);
  for (let i = 0; i < n; i++) {
    const from = at;
    const to = from + int(step);
    closures.push([from, to]);
    at = to + 1 + int(step);
  }
  return closures;
}
