// Bug: greedy, taking as many of the largest stamp as fit, then the next largest.
function fewestStamps(stamps, postage) {
  const sorted = [...stamps].sort((a, b) => b - a);
  let left = postage;
  let count = 0;
  for (const s of sorted) {
    count += Math.floor(left / s);
    left %= s;
  }
  return left === 0 ? count : -1;
}
