// Keeps a running peak that only grows with each new second and never notices when the
// loudest second has left the stretch.
function rollingPeak(levels, k) {
  const peaks = [];
  let peak = -Infinity;
  for (let i = 0; i < levels.length; i++) {
    peak = Math.max(peak, levels[i]);
    if (i >= k - 1) peaks.push(peak);
  }
  return peaks;
}
