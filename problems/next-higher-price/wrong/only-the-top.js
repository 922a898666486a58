// Settles only the day on top of the stack when a higher price arrives, instead of every
// waiting day that price beats.
function daysToWait(prices) {
  const wait = new Array(prices.length).fill(0);
  const waiting = [];
  for (let day = 0; day < prices.length; day++) {
    if (waiting.length > 0 && prices[waiting[waiting.length - 1]] < prices[day]) {
      const earlier = waiting.pop();
      wait[earlier] = day - earlier;
    }
    waiting.push(day);
  }
  return wait;
}
