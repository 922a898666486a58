// Right, but for every pair looks the third charge up by scanning the rest of the array with includes: O(n³).
function neutralTrios(charges) {
  const seen = new Set();
  const trios = [];
  for (let i = 0; i < charges.length; i++) {
    for (let j = i + 1; j < charges.length; j++) {
      const need = -(charges[i] + charges[j]);
      if (!charges.slice(j + 1).includes(need)) continue;
      const trio = [charges[i], charges[j], need].sort((a, b) => a - b);
      const key = trio.join(',');
      if (!seen.has(key)) {
        seen.add(key);
        trios.push(trio);
      }
    }
  }
  return trios;
}
