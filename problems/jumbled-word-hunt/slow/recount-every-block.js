// Right, but counts the letters of every block from scratch: O(n·m).
function findJumbles(strip, word) {
  const wanted = new Array(26).fill(0);
  for (let i = 0; i < word.length; i++) wanted[word.charCodeAt(i) - 97]++;
  const starts = [];
  for (let i = 0; i + word.length <= strip.length; i++) {
    const have = new Array(26).fill(0);
    for (let j = i; j < i + word.length; j++) have[strip.charCodeAt(j) - 97]++;
    let same = true;
    for (let c = 0; c < 26 && same; c++) same = have[c] === wanted[c];
    if (same) starts.push(i);
  }
  return starts;
}
