// Builds the sorted belt and assigns it to the parameter, which changes only the local
// variable: the caller's array is untouched.
function sortBelt(belt) {
  const glass = belt.filter((item) => item === 0);
  const paper = belt.filter((item) => item === 1);
  const plastic = belt.filter((item) => item === 2);
  belt = [...glass, ...paper, ...plastic];
  return belt;
}
