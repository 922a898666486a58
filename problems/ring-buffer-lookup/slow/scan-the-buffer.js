// Right, but scans the buffer for every stamp: O(n) per lookup.
function findStamp(buffer, stamp) {
  return buffer.indexOf(stamp);
}
