// Breadth-first search that finds each word's neighbours by comparing it with every word
// in the list, letter by letter.
function fewestChanges(start, target, words) {
  if (start === target) return 0;
  const oneApart = (a, b) => {
    let differences = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differences++;
    return differences === 1;
  };
  const distance = new Map([[start, 0]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const word = queue[head];
    for (const other of words) {
      if (distance.has(other) || !oneApart(word, other)) continue;
      distance.set(other, distance.get(word) + 1);
      queue.push(other);
    }
  }
  return distance.has(target) ? distance.get(target) : -1;
}
