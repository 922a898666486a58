// Compares the words position by position and adds the difference in length: right for a
// replacement or an edit at the very end, but a letter inserted or deleted early shifts
// everything after it.
function minEdits(typed, intended) {
  const shorter = Math.min(typed.length, intended.length);
  let edits = Math.abs(typed.length - intended.length);
  for (let i = 0; i < shorter; i++) {
    if (typed[i] !== intended[i]) edits++;
  }
  return edits;
}
