// Adds up every profitable day, whether or not they are consecutive.
function bestStreak(profits) {
  let total = 0;
  for (const p of profits) if (p > 0) total += p;
  return total > 0 ? total : Math.max(...profits);
}
