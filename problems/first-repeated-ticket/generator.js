/**
 * `size` distinct ticket numbers in [-10⁹, 10⁹] in random order, then up to three numbers
 * copied over later positions, so that some inputs have no repeat and others several (the
 * copy made first is not always the one detected first).
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const maxStep = Math.max(1, Math.floor(2_000_000_000 / Math.max(1, size)));
  const scans = [];
  let value = -1_000_000_000 + int(maxStep);
  for (let i = 0; i < size; i++) {
    scans.push(value);
    value += 1 + int(maxStep);
  }
  for (let i = size - 1; i > 0; i--) {
    const j = int(i + 1);
    [scans[i], scans[j]] = [scans[j], scans[i]];
  }
  const copies = size < 2 ? 0 : int(4);
  for (let c = 0; c < copies; c++) {
    const to = 1 + int(size - 1);
    scans[to] = scans[int(to)];
  }
  return [scans];
}

/**
 * The worst case of looking for the first repeat: distinct tickets in random order, and
 * either no repeat at all or a single one at the very last scan, so every scan is looked at.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const int = (below) => Math.floor(random() * below);
  const maxStep = Math.max(1, Math.floor(2_000_000_000 / Math.max(1, size)));
  const scans = [];
  let value = -1_000_000_000 + int(maxStep);
  for (let i = 0; i < size; i++) {
    scans.push(value);
    value += 1 + int(maxStep);
  }
  for (let i = size - 1; i > 0; i--) {
    const j = int(i + 1);
    [scans[i], scans[j]] = [scans[j], scans[i]];
  }
  if (size >= 2 && random() < 0.5) scans[size - 1] = scans[int(size - 1)];
  return [scans];
}
