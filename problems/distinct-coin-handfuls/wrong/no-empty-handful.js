// Counts how many of each value to take, but only records non-empty handfuls.
function handfuls(coins) {
  const counts = new Map();
  for (const coin of coins) counts.set(coin, (counts.get(coin) ?? 0) + 1);
  const values = [...counts.keys()];
  const all = [];
  const current = [];
  function choose(v) {
    if (v === values.length) {
      if (current.length > 0) all.push(current.slice());
      return;
    }
    const count = counts.get(values[v]);
    for (let take = 0; take <= count; take++) {
      choose(v + 1);
      current.push(values[v]);
    }
    current.length -= count + 1;
  }
  choose(0);
  return all;
}
