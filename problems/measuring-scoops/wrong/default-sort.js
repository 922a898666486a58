// Sorts the sizes with the default sort (as text: 12 before 5), so the ways come out with
// 12 before 5 instead of in non-decreasing order.
function scoopCombinations(scoops, target) {
  const sizes = [...scoops].sort();
  const ways = [];
  const path = [];
  const extend = (from, left) => {
    if (left === 0) {
      ways.push([...path]);
      return;
    }
    for (let i = from; i < sizes.length; i++) {
      if (sizes[i] > left) continue;
      path.push(sizes[i]);
      extend(i, left - sizes[i]);
      path.pop();
    }
  };
  extend(0, target);
  return ways;
}
