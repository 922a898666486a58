// Compares with badges[kept] and writes there before counting, which overwrites the first badge and reports one too few.
function compactScans(badges) {
  let kept = 0;
  for (let read = 1; read < badges.length; read++) {
    if (badges[read] !== badges[kept]) {
      badges[kept] = badges[read];
      kept++;
    }
  }
  return kept;
}
