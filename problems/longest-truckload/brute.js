// Every run, checked with a set: O(n³).
function longestTruckload(zones, k) {
  let longest = 0;
  for (let i = 0; i < zones.length; i++) {
    for (let j = i + 1; j <= zones.length; j++) {
      if (new Set(zones.slice(i, j)).size <= k) longest = Math.max(longest, j - i);
    }
  }
  return longest;
}
