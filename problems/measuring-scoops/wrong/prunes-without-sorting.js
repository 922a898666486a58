// Stops the loop at the first size larger than what is left, but never sorts the sizes,
// so smaller sizes listed after a large one are never tried.
function scoopCombinations(scoops, target) {
  const ways = [];
  const path = [];
  const extend = (from, left) => {
    if (left === 0) {
      ways.push([...path].sort((a, b) => a - b));
      return;
    }
    for (let i = from; i < scoops.length && scoops[i] <= left; i++) {
      path.push(scoops[i]);
      extend(i, left - scoops[i]);
      path.pop();
    }
  };
  extend(0, target);
  return ways;
}
