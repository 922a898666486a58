// Right, but sorts by insertion, swapping each item back past every larger one: O(n²)
// when glass comes last.
function sortBelt(belt) {
  for (let i = 1; i < belt.length; i++) {
    for (let j = i; j > 0 && belt[j - 1] > belt[j]; j--) {
      const item = belt[j];
      belt[j] = belt[j - 1];
      belt[j - 1] = item;
    }
  }
}
