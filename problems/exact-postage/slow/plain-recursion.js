// Right, but tries every stamp as the last one and solves what is left again from scratch
// each time, without remembering answers: exponential in the postage.
function fewestStamps(stamps, postage) {
  function fewest(rest) {
    if (rest === 0) return 0;
    let best = Infinity;
    for (const stamp of stamps) {
      if (stamp <= rest) best = Math.min(best, fewest(rest - stamp) + 1);
    }
    return best;
  }
  const best = fewest(postage);
  return best === Infinity ? -1 : best;
}
