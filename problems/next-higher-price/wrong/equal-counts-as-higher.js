// The monotonic stack, but a price equal to a waiting day's also settles it.
function daysToWait(prices) {
  const wait = new Array(prices.length).fill(0);
  const waiting = [];
  for (let day = 0; day < prices.length; day++) {
    while (waiting.length > 0 && prices[waiting[waiting.length - 1]] <= prices[day]) {
      const earlier = waiting.pop();
      wait[earlier] = day - earlier;
    }
    waiting.push(day);
  }
  return wait;
}
