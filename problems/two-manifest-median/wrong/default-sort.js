// Joins the manifests and calls sort() without a comparator, which orders the weights as
// text: -5 after -40, 100 before 25.
function middleWeight(first, second) {
  const all = [...first, ...second].sort();
  const middle = Math.floor(all.length / 2);
  return all.length % 2 === 1 ? all[middle] : (all[middle - 1] + all[middle]) / 2;
}
