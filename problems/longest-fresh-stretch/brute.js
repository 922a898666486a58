// Every substring, checked with a set: O(n³).
function longestFreshStretch(keys) {
  let longest = 0;
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j <= keys.length; j++) {
      const stretch = keys.slice(i, j);
      if (new Set(stretch).size === stretch.length) longest = Math.max(longest, stretch.length);
    }
  }
  return longest;
}
