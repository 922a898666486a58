// Bug: counts values in an object and builds handfuls from its keys, which are strings, so handfuls hold "5" instead of 5.
function handfuls(coins) {
  const count = {};
  for (const c of coins) count[c] = (count[c] || 0) + 1;
  const values = Object.keys(count);
  const out = [];
  const pick = [];
  const go = (k) => {
    if (k === values.length) {
      out.push([...pick]);
      return;
    }
    const v = values[k];
    go(k + 1);
    for (let t = 1; t <= count[v]; t++) {
      pick.push(v);
      go(k + 1);
    }
    for (let t = 1; t <= count[v]; t++) pick.pop();
  };
  go(0);
  return out;
}
