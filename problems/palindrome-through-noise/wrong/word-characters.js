// Uses \w for "letter or digit", which also matches the underscore.
function readsSameBothWays(text) {
  let left = 0;
  let right = text.length - 1;
  while (left < right) {
    if (!/\w/.test(text[left])) left++;
    else if (!/\w/.test(text[right])) right--;
    else if (text[left].toLowerCase() !== text[right].toLowerCase()) return false;
    else {
      left++;
      right--;
    }
  }
  return true;
}
