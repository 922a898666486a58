// Takes the biggest days first until the goal is reached, forgetting that the days must be
// consecutive.
function shortestRunToGoal(donations, goal) {
  const sorted = [...donations].sort((a, b) => b - a);
  let total = 0;
  for (let i = 0; i < sorted.length; i++) {
    total += sorted[i];
    if (total >= goal) return i + 1;
  }
  return 0;
}
