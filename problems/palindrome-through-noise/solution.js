// Two pointers moving inwards, each skipping noise, comparing letters and digits with case
// folded: O(n) time, O(1) extra space.
function readsSameBothWays(text) {
  let left = 0;
  let right = text.length - 1;
  while (left < right) {
    if (!isLetterOrDigit(text.charCodeAt(left))) {
      left++;
    } else if (!isLetterOrDigit(text.charCodeAt(right))) {
      right--;
    } else {
      if (folded(text.charCodeAt(left)) !== folded(text.charCodeAt(right))) return false;
      left++;
      right--;
    }
  }
  return true;
}

function isLetterOrDigit(code) {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Upper-case letters to lower case; digits unchanged.
function folded(code) {
  return code >= 65 && code <= 90 ? code + 32 : code;
}
