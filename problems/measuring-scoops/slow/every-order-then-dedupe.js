// Right, but builds every ordered sequence of scoopfuls and removes repeats at the end
// with a Set of sorted keys: the number of orders grows far faster than the number of ways.
function scoopCombinations(scoops, target) {
  const seen = new Set();
  const ways = [];
  const path = [];
  const extend = (left) => {
    if (left === 0) {
      const way = [...path].sort((a, b) => a - b);
      const key = way.join(',');
      if (!seen.has(key)) {
        seen.add(key);
        ways.push(way);
      }
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
