// When a zone too many arrives, restarts the load from the previous parcel, dropping the
// earlier parcels of that parcel's zone that could have stayed.
function longestTruckload(zones, k) {
  let count = new Map();
  let start = 0;
  let longest = 0;
  for (let end = 0; end < zones.length; end++) {
    count.set(zones[end], (count.get(zones[end]) ?? 0) + 1);
    if (count.size > k) {
      start = end - 1;
      count = new Map();
      for (let i = start; i <= end; i++) count.set(zones[i], (count.get(zones[i]) ?? 0) + 1);
    }
    longest = Math.max(longest, end - start + 1);
  }
  return longest;
}
