// Skips a coin equal to the one before it, but never sorts: equal values that are not
// next to each other still produce the same handful twice.
function handfuls(coins) {
  const all = [];
  const current = [];
  function extend(from) {
    all.push(current.slice());
    for (let i = from; i < coins.length; i++) {
      if (i > from && coins[i] === coins[i - 1]) continue;
      current.push(coins[i]);
      extend(i + 1);
      current.pop();
    }
  }
  extend(0);
  return all;
}
