// Finds the wrap, then searches before it when the stamp is at least the first slot and
// after it otherwise; when the buffer is not rotated the part before the wrap is empty.
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
  if (stamp >= buffer[0]) {
    low = 0;
    high = oldest - 1;
  } else {
    low = oldest;
    high = n - 1;
  }
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    if (buffer[middle] === stamp) return middle;
    if (buffer[middle] < stamp) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
