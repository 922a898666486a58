// Binary search on [low, high]. Whatever the rotation, at least one of the halves
// [low, middle] and [middle, high] is sorted; check whether the stamp lies within the
// sorted half's first and last values, and keep that half or the other. O(log n).
function findStamp(buffer, stamp) {
  let low = 0;
  let high = buffer.length - 1;
  while (low <= high) {
    const middle = low + Math.floor((high - low) / 2);
    if (buffer[middle] === stamp) return middle;
    if (buffer[low] <= buffer[middle]) {
      if (buffer[low] <= stamp && stamp < buffer[middle]) high = middle - 1;
      else low = middle + 1;
    } else if (buffer[middle] < stamp && stamp <= buffer[high]) {
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return -1;
}
