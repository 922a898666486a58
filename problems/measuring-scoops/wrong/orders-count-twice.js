// Starts every next scoopful from the first size, so [20, 50] and [50, 20] are both
// listed (after sorting each way, the same way appears twice).
function scoopCombinations(scoops, target) {
  const ways = [];
  const path = [];
  const extend = (left) => {
    if (left === 0) {
      ways.push([...path].sort((a, b) => a - b));
      return;
    }
    for (const s of scoops) {
      if (s > left) continue;
      path.push(s);
      extend(left - s);
      path.pop();
    }
  };
  extend(target);
  return ways;
}
