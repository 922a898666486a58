// Right, but sorts the letters of every block and compares with the sorted word:
// O(n·m log m).
function findJumbles(strip, word) {
  const key = word.split('').sort().join('');
  const starts = [];
  for (let i = 0; i + word.length <= strip.length; i++) {
    if (
      strip
        .slice(i, i + word.length)
        .split('')
        .sort()
        .join('') === key
    )
      starts.push(i);
  }
  return starts;
}
