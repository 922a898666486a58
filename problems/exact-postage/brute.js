// Tries every count of every face value, one value at a time: exhaustive search.
function fewestStamps(stamps, postage) {
  function fewest(index, rest) {
    if (rest === 0) return 0;
    if (index === stamps.length) return Infinity;
    let best = Infinity;
    for (let count = 0; count * stamps[index] <= rest; count++) {
      best = Math.min(best, count + fewest(index + 1, rest - count * stamps[index]));
    }
    return best;
  }
  const best = fewest(0, postage);
  return best === Infinity ? -1 : best;
}
