// Right, but grows a stretch from every start, searching it again for each new key:
// O(n·k²) for stretches of length k.
function longestFreshStretch(keys) {
  let longest = 0;
  for (let i = 0; i < keys.length; i++) {
    let j = i;
    while (j < keys.length && !keys.slice(i, j).includes(keys[j])) j++;
    longest = Math.max(longest, j - i);
  }
  return longest;
}
