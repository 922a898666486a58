// For each word, find the group whose first word has the same letter counts, by comparing
// counts directly: O(n²·k).
function groupByLetters(words) {
  const countsOf = (word) => {
    const counts = new Array(26).fill(0);
    for (const letter of word) counts[letter.charCodeAt(0) - 97]++;
    return counts;
  };
  const sameCounts = (a, b) => a.every((count, i) => count === b[i]);
  const groups = [];
  for (const word of words) {
    const counts = countsOf(word);
    const group = groups.find((g) => sameCounts(countsOf(g[0]), counts));
    if (group) group.push(word);
    else groups.push([word]);
  }
  return groups;
}
