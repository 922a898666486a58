// Right, but cuts each glass item out with splice and puts it at the front with unshift
// (and plastic at the back with push): each move shifts the belt, O(n²).
function sortBelt(belt) {
  const n = belt.length;
  let i = 0;
  for (let seen = 0; seen < n; seen++) {
    if (belt[i] === 0) {
      belt.splice(i, 1);
      belt.unshift(0);
      i++;
    } else if (belt[i] === 2) {
      belt.splice(i, 1);
      belt.push(2);
    } else {
      i++;
    }
  }
}
