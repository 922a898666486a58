// Bug: skips noise with `if` instead of `while`, so two noise characters in a row are compared as if they were letters.
function isKept(c) {
  return /[a-z0-9]/i.test(c);
}

function readsSameBothWays(text) {
  let i = 0;
  let j = text.length - 1;
  while (i < j) {
    if (!isKept(text[i])) i++;
    if (!isKept(text[j])) j--;
    if (text[i].toLowerCase() !== text[j].toLowerCase()) return false;
    i++;
    j--;
  }
  return true;
}
