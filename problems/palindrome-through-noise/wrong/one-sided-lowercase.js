// Bug: lowercases only the left character before comparing, so a capital on the right never matches.
function readsSameBothWays(text) {
  const kept = text.replace(/[^a-zA-Z0-9]/g, '');
  let i = 0;
  let j = kept.length - 1;
  while (i < j) {
    if (kept[i].toLowerCase() !== kept[j]) return false;
    i++;
    j--;
  }
  return true;
}
