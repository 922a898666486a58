// Moves past a scoop size once it is used, so no size can be used twice.
function scoopCombinations(scoops, target) {
  const sizes = [...scoops].sort((a, b) => a - b);
  const ways = [];
  const path = [];
  const extend = (from, left) => {
    if (left === 0) {
      ways.push([...path]);
      return;
    }
    for (let i = from; i < sizes.length && sizes[i] <= left; i++) {
      path.push(sizes[i]);
      extend(i + 1, left - sizes[i]);
      path.pop();
    }
  };
  extend(0, target);
  return ways;
}
