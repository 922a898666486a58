// Calls two words one change apart when all but one letter of the first occur somewhere in
// the second, ignoring positions: "tale" and "late" count as neighbours.
function fewestChanges(start, target, words) {
  if (start === target) return 0;
  const close = (a, b) => {
    if (a === b) return false;
    let missing = 0;
    for (const letter of a) if (!b.includes(letter)) missing++;
    return missing <= 1;
  };
  const distance = new Map([[start, 0]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const word = queue[head];
    for (const other of words) {
      if (distance.has(other) || !close(word, other)) continue;
      distance.set(other, distance.get(word) + 1);
      if (other === target) return distance.get(other);
      queue.push(other);
    }
  }
  return -1;
}
