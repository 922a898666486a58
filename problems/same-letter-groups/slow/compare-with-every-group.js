// Right, but compares each word with the first word of every group found so far:
// O(n·g·k log k) for g groups.
function groupByLetters(words) {
  const sorted = (word) => [...word].sort().join('');
  const groups = [];
  for (const word of words) {
    const key = sorted(word);
    let placed = false;
    for (const group of groups) {
      if (sorted(group[0]) === key) {
        group.push(word);
        placed = true;
        break;
      }
    }
    if (!placed) groups.push([word]);
  }
  return groups;
}
