// Right, but builds all 2ⁿ subsets of positions and removes duplicates afterwards: slow
// when many coins share a value and few handfuls are distinct.
function handfuls(coins) {
  const seen = new Set();
  const all = [];
  const current = [];
  function choose(i) {
    if (i === coins.length) {
      const handful = current.slice().sort((a, b) => a - b);
      const key = handful.join(',');
      if (!seen.has(key)) {
        seen.add(key);
        all.push(handful);
      }
      return;
    }
    choose(i + 1);
    current.push(coins[i]);
    choose(i + 1);
    current.pop();
  }
  choose(0);
  return all;
}
