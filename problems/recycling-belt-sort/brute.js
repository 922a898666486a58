// Sort with the built-in sort and a numeric comparator, then copy back into the belt.
function sortBelt(belt) {
  const sorted = [...belt].sort((a, b) => a - b);
  for (let i = 0; i < belt.length; i++) belt[i] = sorted[i];
}
