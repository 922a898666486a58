// Counts the words on the ladder, start and target included, instead of the changes: one
// too many (and 1 when start is already the target).
function fewestChanges(start, target, words) {
  const dictionary = new Set(words);
  const seen = new Set([start]);
  let level = [start];
  for (let length = 1; level.length > 0; length++) {
    const next = [];
    for (const word of level) {
      if (word === target) return length;
      for (let i = 0; i < word.length; i++) {
        for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
          const candidate = word.slice(0, i) + letter + word.slice(i + 1);
          if (dictionary.has(candidate) && !seen.has(candidate)) {
            seen.add(candidate);
            next.push(candidate);
          }
        }
      }
    }
    level = next;
  }
  return -1;
}
