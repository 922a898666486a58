// A stack of the days still waiting, their prices falling from bottom to top. Each new
// price settles every waiting day it beats (they are on top), then waits itself. Every day
// is pushed and popped at most once: O(n) time, O(n) space.
function daysToWait(prices) {
  const wait = new Array(prices.length).fill(0);
  const waiting = [];
  for (let day = 0; day < prices.length; day++) {
    while (waiting.length > 0 && prices[waiting[waiting.length - 1]] < prices[day]) {
      const earlier = waiting.pop();
      wait[earlier] = day - earlier;
    }
    waiting.push(day);
  }
  return wait;
}
