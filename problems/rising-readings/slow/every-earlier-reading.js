// Right, but for each reading looks at every earlier one to find the longest rise it can
// extend: O(n²).
function longestRise(readings) {
  const endingHere = [];
  let longest = 0;
  for (let i = 0; i < readings.length; i++) {
    let best = 1;
    for (let j = 0; j < i; j++) {
      if (readings[j] < readings[i] && endingHere[j] + 1 > best) best = endingHere[j] + 1;
    }
    endingHere.push(best);
    if (best > longest) longest = best;
  }
  return longest;
}
