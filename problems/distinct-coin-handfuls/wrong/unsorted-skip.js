// Bug: skips duplicates by comparing with the previous coin without sorting first, so equal coins that are not adjacent still give repeated handfuls.
function handfuls(coins) {
  const out = [];
  const pick = [];
  const go = (start) => {
    out.push([...pick]);
    for (let i = start; i < coins.length; i++) {
      if (i > start && coins[i] === coins[i - 1]) continue;
      pick.push(coins[i]);
      go(i + 1);
      pick.pop();
    }
  };
  go(0);
  return out;
}
