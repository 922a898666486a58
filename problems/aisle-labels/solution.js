// Base 26 with digits 1 to 26 instead of 0 to 25: subtract 1 before each step, so the
// remainder 0–25 picks A–Z and the quotient counts the labels before it. Letters come out
// last first. O(log n).
function aisleLabel(aisle) {
  const letters = [];
  let rest = aisle;
  while (rest > 0) {
    rest -= 1;
    letters.push(String.fromCharCode(65 + (rest % 26)));
    rest = Math.floor(rest / 26);
  }
  return letters.reverse().join('');
}
