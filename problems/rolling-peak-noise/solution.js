// A monotonic deque of indices (an array with a moving head): their levels fall from front
// to back, so the front is the peak of the current stretch. A new second first removes
// every queued second that is not louder than it (those can never be a peak again), and
// the front leaves once it drops out of the stretch. Each index enters and leaves once:
// O(n) time, O(k) space.
function rollingPeak(levels, k) {
  const queue = [];
  let head = 0;
  const peaks = [];
  for (let i = 0; i < levels.length; i++) {
    while (queue.length > head && levels[queue[queue.length - 1]] <= levels[i]) queue.pop();
    queue.push(i);
    if (queue[head] <= i - k) head++;
    if (i >= k - 1) peaks.push(levels[queue[head]]);
  }
  return peaks;
}
