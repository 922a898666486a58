/**
 * A random call of myMap or myReduce on `size` small integers, about one in five of them
 * holes ('<empty>'), with a callback that leaves the array alone (past 200 elements, one
 * that does constant work), and for reduce an initial value about half the time.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const pick = (items) => items[int(items.length)];
  const holes = random() < 0.8 ? 0.2 : 0.9;
  const array = Array.from({ length: size }, () => (random() < holes ? '<empty>' : int(101) - 50));
  if (random() < 0.5) {
    const callback = pick(['double', 'index', 'pair', 'undefined', 'scale', 'this-value']);
    if (callback === 'scale') return ['map', array, callback, [{ factor: int(10) }]];
    if (callback === 'this-value' && random() < 0.5) return ['map', array, callback, [{ id: int(100) }]];
    return ['map', array, callback, []];
  }
  let callback = pick(['sum', 'concat', 'max', 'count', 'indexes']);
  // concat and indexes build a string or array as long as the elements so far at every
  // step: past 200 elements the complexity check would measure them, not myReduce.
  if (size > 200 && callback === 'concat') callback = 'sum';
  if (size > 200 && callback === 'indexes') callback = 'count';
  if (callback === 'indexes') return ['reduce', array, callback, [[]]];
  if (callback === 'count' || random() < 0.5) return ['reduce', array, callback, [int(21) - 10]];
  return ['reduce', array, callback, []];
}
