// Right, but tries every three positions and removes repeats with a set of keys: O(n³).
function neutralTrios(charges) {
  const seen = new Set();
  const trios = [];
  for (let i = 0; i < charges.length; i++) {
    for (let j = i + 1; j < charges.length; j++) {
      for (let k = j + 1; k < charges.length; k++) {
        if (charges[i] + charges[j] + charges[k] !== 0) continue;
        const trio = [charges[i], charges[j], charges[k]].sort((a, b) => a - b);
        const key = `${trio[0]},${trio[1]}`;
        if (!seen.has(key)) {
          seen.add(key);
          trios.push(trio);
        }
      }
    }
  }
  return trios;
}
