// Sorts the numbers from largest to smallest, so 34 goes before 9.
function biggestNumber(magnets) {
  const sorted = [...magnets].sort((a, b) => b - a);
  return sorted[0] === 0 ? '0' : sorted.join('');
}
