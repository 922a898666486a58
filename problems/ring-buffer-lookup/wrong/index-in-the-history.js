// Finds the wrap, then binary-searches the history as if it were unrotated, but returns
// the position in the history instead of the slot in the buffer.
function findStamp(buffer, stamp) {
  const n = buffer.length;
  let low = 0;
  let high = n - 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (buffer[middle] > buffer[high]) low = middle + 1;
    else high = middle;
  }
  const oldest = low;
  low = 0;
  high = n - 1;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const value = buffer[(middle + oldest) % n];
    if (value === stamp) return middle;
    if (value < stamp) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
