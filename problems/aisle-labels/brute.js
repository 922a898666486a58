// Count the aisles one by one, stepping the label like an odometer: O(n).
function aisleLabel(aisle) {
  const letters = [0];
  for (let i = 1; i < aisle; i++) {
    let at = letters.length - 1;
    while (at >= 0 && letters[at] === 25) {
      letters[at] = 0;
      at--;
    }
    if (at < 0) letters.unshift(0);
    else letters[at]++;
  }
  return letters.map((letter) => String.fromCharCode(65 + letter)).join('');
}
