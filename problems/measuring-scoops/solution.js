// Backtracking over the sorted sizes: choose the next scoopful among the sizes from the
// current one onwards, so every way is built in non-decreasing order exactly once. Stop as
// soon as a size is larger than what is left (every later size is larger still). The work
// is proportional to the number of partial ways explored; O(target) extra space for the path.
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
      extend(i, left - sizes[i]);
      path.pop();
    }
  };
  extend(0, target);
  return ways;
}
