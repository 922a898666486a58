// Bug: stops once width times the taller of the two current poles cannot beat the best, though poles further in may be taller.
function biggestBanner(poles) {
  let i = 0;
  let j = poles.length - 1;
  let best = 0;
  while (i < j) {
    if ((j - i) * Math.max(poles[i], poles[j]) <= best) break;
    best = Math.max(best, Math.min(poles[i], poles[j]) * (j - i));
    if (poles[i] < poles[j]) i++;
    else j--;
  }
  return best;
}
