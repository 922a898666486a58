/**
 * @param {number[]} prices closing price of each day
 * @return {number[]} for each day, the days until a strictly higher price, or 0
 */
function daysToWait(prices) {
  // Your code here
}
