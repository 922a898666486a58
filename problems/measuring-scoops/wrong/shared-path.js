// Pushes the path array itself instead of a copy: by the end every way is the same
// (emptied) array.
function scoopCombinations(scoops, target) {
  const sizes = [...scoops].sort((a, b) => a - b);
  const ways = [];
  const path = [];
  const extend = (from, left) => {
    if (left === 0) {
      ways.push(path);
      return;
    }
    for (let i = from; i < sizes.length && sizes[i] <= left; i++) {
      path.push(sizes[i]);
      extend(i, left - sizes[i]);
      path.pop();
    }
  };
  extend(0, target);
  return ways;
}
