// Right, but scans all k seconds of every stretch: O(n·k).
function rollingPeak(levels, k) {
  const peaks = [];
  for (let i = 0; i + k <= levels.length; i++) {
    let peak = -Infinity;
    for (let j = i; j < i + k; j++) peak = Math.max(peak, levels[j]);
    peaks.push(peak);
  }
  return peaks;
}
