// Keys each word by the distinct letters it uses, forgetting how many of each.
function groupByLetters(words) {
  const groups = new Map();
  for (const word of words) {
    const key = [...new Set(word)].sort().join('');
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(word);
  }
  return [...groups.values()];
}
