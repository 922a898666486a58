// Right, but tries every pair of poles: O(n²).
function biggestBanner(poles) {
  let best = 0;
  for (let i = 0; i < poles.length; i++) {
    for (let j = i + 1; j < poles.length; j++) {
      const area = (j - i) * Math.min(poles[i], poles[j]);
      if (area > best) best = area;
    }
  }
  return best;
}
