// A sliding window [start, end] holding at most k zones, with a count per zone. Each new
// parcel enters on the right; while the window holds more than k zones, parcels leave on
// the left, and a zone whose count drops to zero is removed. O(n) time, O(k) space.
function longestTruckload(zones, k) {
  const count = new Map();
  let start = 0;
  let longest = 0;
  for (let end = 0; end < zones.length; end++) {
    count.set(zones[end], (count.get(zones[end]) ?? 0) + 1);
    while (count.size > k) {
      const leaving = zones[start++];
      const left = count.get(leaving) - 1;
      if (left === 0) count.delete(leaving);
      else count.set(leaving, left);
    }
    longest = Math.max(longest, end - start + 1);
  }
  return longest;
}
