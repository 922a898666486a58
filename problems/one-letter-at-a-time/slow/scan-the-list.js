// Right, a breadth-first search, but each word looks for its neighbours by filtering the
// whole list of words not yet used: O(n) per word, O(n² · L) when the target is far or
// unreachable.
function fewestChanges(start, target, words) {
  if (start === target) return 0;
  let unused = [...new Set(words)].filter((w) => w !== start);
  let level = [start];
  for (let changes = 1; level.length > 0; changes++) {
    const next = [];
    for (const word of level) {
      const close = unused.filter((w) => {
        let differences = 0;
        for (let k = 0; k < w.length; k++) if (w[k] !== word[k]) differences++;
        return differences === 1;
      });
      if (close.includes(target)) return changes;
      next.push(...close);
      unused = unused.filter((w) => !close.includes(w));
    }
    level = next;
  }
  return -1;
}
