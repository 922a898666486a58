// Two pointers: `kept` counts the distinct badges written so far at the front; a badge
// different from the last one kept is new (the log is sorted) and is written next.
// One pass, O(1) extra memory.
function compactScans(badges) {
  let kept = 0;
  for (let read = 0; read < badges.length; read++) {
    if (kept === 0 || badges[read] !== badges[kept - 1]) {
      badges[kept] = badges[read];
      kept++;
    }
  }
  return kept;
}
