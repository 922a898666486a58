// Right, but walks to the wrap (the oldest reading) before a binary search on the proper
// side: O(n) per lookup.
function findStamp(buffer, stamp) {
  let oldest = 0;
  while (oldest + 1 < buffer.length && buffer[oldest + 1] > buffer[oldest]) oldest++;
  oldest = (oldest + 1) % buffer.length;
  let low = stamp >= buffer[oldest] && stamp <= buffer[buffer.length - 1] ? oldest : 0;
  let high = low === oldest ? buffer.length - 1 : oldest - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (buffer[middle] === stamp) return middle;
    if (buffer[middle] < stamp) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}
