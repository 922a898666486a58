// Bug: tests letters with 'A' <= c <= 'z', which also lets through [ \ ] ^ _ and the backtick.
function isKept(c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'z');
}

function readsSameBothWays(text) {
  let i = 0;
  let j = text.length - 1;
  while (i < j) {
    while (i < j && !isKept(text[i])) i++;
    while (i < j && !isKept(text[j])) j--;
    if (text[i].toLowerCase() !== text[j].toLowerCase()) return false;
    i++;
    j--;
  }
  return true;
}
