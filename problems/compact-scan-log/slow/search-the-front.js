// Right, but checks each badge against everything kept so far with includes: O(n²) when most badges are distinct.
function compactScans(badges) {
  let kept = 0;
  for (let read = 0; read < badges.length; read++) {
    const badge = badges[read];
    if (!badges.slice(0, kept).includes(badge)) {
      badges[kept] = badge;
      kept++;
    }
  }
  return kept;
}
