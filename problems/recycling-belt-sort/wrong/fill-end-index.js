// Counts the materials and refills the belt, but passes a count as fill's end index
// (fill(1, glass, paper) instead of fill(1, glass, glass + paper)).
function sortBelt(belt) {
  const count = [0, 0, 0];
  for (const item of belt) count[item]++;
  belt.fill(0, 0, count[0]);
  belt.fill(1, count[0], count[1]);
  belt.fill(2, count[0] + count[1]);
}
