// Right, but keeps the current peak and rescans the whole stretch whenever the second
// holding it leaves: O(n·k) when levels keep falling.
function rollingPeak(levels, k) {
  const peaks = [];
  let peakAt = -1;
  for (let end = k - 1; end < levels.length; end++) {
    const start = end - k + 1;
    if (peakAt < start) {
      peakAt = start;
      for (let j = start + 1; j <= end; j++) if (levels[j] >= levels[peakAt]) peakAt = j;
    } else if (levels[end] >= levels[peakAt]) {
      peakAt = end;
    }
    peaks.push(levels[peakAt]);
  }
  return peaks;
}
