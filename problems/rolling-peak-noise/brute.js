// Every stretch, scanned from its first second: O(n·k).
function rollingPeak(levels, k) {
  const peaks = [];
  for (let i = 0; i + k <= levels.length; i++) {
    let peak = levels[i];
    for (let j = i + 1; j < i + k; j++) if (levels[j] > peak) peak = levels[j];
    peaks.push(peak);
  }
  return peaks;
}
