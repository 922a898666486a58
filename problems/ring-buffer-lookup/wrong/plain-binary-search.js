// A plain binary search, as if the buffer were never rotated.
function findStamp(buffer, stamp) {
  let low = 0;
  let high = buffer.length - 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    if (buffer[middle] === stamp) return middle;
    if (buffer[middle] < stamp) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
