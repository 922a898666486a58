// Look at every slot.
function findStamp(buffer, stamp) {
  for (let i = 0; i < buffer.length; i++) if (buffer[i] === stamp) return i;
  return -1;
}
