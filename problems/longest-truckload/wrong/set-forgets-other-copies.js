// Keeps the window's zones in a Set and deletes the zone of the parcel leaving on the left,
// even when more parcels for that zone are still in the window.
function longestTruckload(zones, k) {
  const inWindow = new Set();
  let start = 0;
  let longest = 0;
  for (let end = 0; end < zones.length; end++) {
    inWindow.add(zones[end]);
    while (inWindow.size > k) inWindow.delete(zones[start++]);
    longest = Math.max(longest, end - start + 1);
  }
  return longest;
}
