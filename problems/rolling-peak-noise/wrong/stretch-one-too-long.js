// Lets the front leave only once it is more than k seconds back (< instead of <=), so
// each stretch really covers k + 1 seconds.
function rollingPeak(levels, k) {
  const queue = [];
  let head = 0;
  const peaks = [];
  for (let i = 0; i < levels.length; i++) {
    while (queue.length > head && levels[queue[queue.length - 1]] <= levels[i]) queue.pop();
    queue.push(i);
    if (queue[head] < i - k) head++;
    if (i >= k - 1) peaks.push(levels[queue[head]]);
  }
  return peaks;
}
