// Moves the glass to the front and assumes the rest is then in order, so paper and plastic
// stay mixed.
function sortBelt(belt) {
  let low = 0;
  for (let i = 0; i < belt.length; i++) {
    if (belt[i] === 0) {
      [belt[low], belt[i]] = [belt[i], belt[low]];
      low++;
    }
  }
}
