// Lists every subset of positions: equal coins make the same handful appear several times.
function handfuls(coins) {
  const all = [];
  const current = [];
  function extend(from) {
    all.push(current.slice());
    for (let i = from; i < coins.length; i++) {
      current.push(coins[i]);
      extend(i + 1);
      current.pop();
    }
  }
  extend(0);
  return all;
}
