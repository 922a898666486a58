// Builds a new array of the distinct badges and reassigns the parameter, which leaves the caller's log unchanged.
function compactScans(badges) {
  badges = [...new Set(badges)];
  return badges.length;
}
