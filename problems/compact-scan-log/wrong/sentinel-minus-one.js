// Starts "the last badge kept" at −1, as if badge numbers were never negative: a first badge of −1 is dropped.
function compactScans(badges) {
  let last = -1;
  let kept = 0;
  for (const badge of badges) {
    if (badge !== last) {
      badges[kept] = badge;
      kept++;
      last = badge;
    }
  }
  return kept;
}
