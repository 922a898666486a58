// Loops while low < high and gives up when one slot is left, without looking at it.
function findStamp(buffer, stamp) {
  let low = 0;
  let high = buffer.length - 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
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
