// Starts each stretch's peak at 0, so a stretch of quiet (negative) seconds reports 0.
function rollingPeak(levels, k) {
  const queue = [];
  const peaks = [];
  for (let i = 0; i < levels.length; i++) {
    while (queue.length > 0 && levels[queue[queue.length - 1]] <= levels[i]) queue.pop();
    queue.push(i);
    if (queue[0] <= i - k) queue.shift();
    if (i >= k - 1) peaks.push(Math.max(0, levels[queue[0]]));
  }
  return peaks;
}
