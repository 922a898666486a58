/**
 * Two sorted manifests of about `size` weights in all, split at random (one is sometimes
 * empty), in one of three shapes: interleaved weights, one manifest entirely lighter than
 * the other, or many equal weights. Up to size 10 weights are -3 to 3.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const total = Math.max(1, size);
  const roll = random();
  const split = roll < 0.1 ? 0 : roll < 0.2 ? total : int(total + 1);
  const shape = int(3);
  const weight = () => {
    if (total <= 10) return int(7) - 3;
    if (shape === 2) return (int(11) - 5) * 1000;
    return int(2_000_000_001) - 1_000_000_000;
  };
  let first = Array.from({ length: split }, weight).sort((a, b) => a - b);
  let second = Array.from({ length: total - split }, weight).sort((a, b) => a - b);
  if (shape === 1 && total > 10) {
    const all = [...first, ...second].sort((a, b) => a - b);
    const lighter = all.slice(0, split);
    const heavier = all.slice(split);
    [first, second] = random() < 0.5 ? [lighter, heavier] : [heavier, lighter];
  }
  return [first, second];
}

/**
 * Two manifests of equal length, the first entirely heavier than the second: the split
 * takes nothing from the first, at the very end of the binary search's range, so the
 * search runs its full log₂ course and a merge walks half of both.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const half = Math.max(1, Math.floor(size / 2));
  const weights = Array.from({ length: 2 * half }, () => Math.floor(random() * 2_000_000_001) - 1_000_000_000);
  weights.sort((a, b) => a - b);
  return [weights.slice(half), weights.slice(0, half)];
}
