// Keeps a badge when it differs from the next one, but the loop stops one early and never keeps the last badge.
function compactScans(badges) {
  let kept = 0;
  for (let read = 0; read < badges.length - 1; read++) {
    if (badges[read] !== badges[read + 1]) {
      badges[kept] = badges[read];
      kept++;
    }
  }
  return kept;
}
