// Right, but removes each repeat with splice, which shifts the rest of the log every time: O(n²).
function compactScans(badges) {
  let i = 1;
  while (i < badges.length) {
    if (badges[i] === badges[i - 1]) badges.splice(i, 1);
    else i++;
  }
  return badges.length;
}
