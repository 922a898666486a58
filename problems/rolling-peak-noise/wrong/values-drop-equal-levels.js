// Queues levels instead of indices and removes equal levels from the back; when the front
// level leaves, it shifts by value, so an equal later level still in the stretch is lost.
function rollingPeak(levels, k) {
  const queue = [];
  const peaks = [];
  for (let i = 0; i < levels.length; i++) {
    while (queue.length > 0 && queue[queue.length - 1] <= levels[i]) queue.pop();
    queue.push(levels[i]);
    if (i >= k && levels[i - k] === queue[0]) queue.shift();
    if (i >= k - 1) peaks.push(queue[0]);
  }
  return peaks;
}
