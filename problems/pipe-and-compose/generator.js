/**
 * pipe or compose of `size` named functions, and three argument lists of 0 to 3 small
 * integers. The function that receives the arguments (first for pipe, last for compose)
 * may take several; the others are one-argument functions, mostly inc and negate so that
 * values stay small.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const pick = (items) => items[int(items.length)];
  const kind = random() < 0.5 ? 'pipe' : 'compose';
  const names = [];
  for (let i = 0; i < size; i++) {
    names.push(random() < 0.1 ? pick(['double', 'wrap', 'count']) : pick(['inc', 'inc', 'negate']));
  }
  if (size > 0) {
    const entry = pick(['sum', 'pair', 'count', 'inc', 'square']);
    if (kind === 'pipe') names[0] = entry;
    else names[size - 1] = entry;
  }
  const inputs = Array.from({ length: 3 }, () => Array.from({ length: int(4) }, () => int(21) - 10));
  return [kind, names, inputs];
}
