// Right, but grows a run from every parcel until a (k + 1)-th zone appears: O(n²) when
// runs are long.
function longestTruckload(zones, k) {
  let longest = 0;
  for (let start = 0; start < zones.length; start++) {
    const seen = new Set();
    let end = start;
    while (end < zones.length && (seen.has(zones[end]) || seen.size < k)) seen.add(zones[end++]);
    longest = Math.max(longest, end - start);
  }
  return longest;
}
