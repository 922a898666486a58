// Bug: seeds the tails with a sentinel of -1e9, which is itself an allowed reading, so -1e9 never starts a rise.
function longestRise(readings) {
  const tails = [-1e9];
  for (const x of readings) {
    if (x > tails[tails.length - 1]) {
      tails.push(x);
      continue;
    }
    let lo = 0;
    let hi = tails.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length - 1;
}
