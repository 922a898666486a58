// Collects each group in a Set, so a word listed twice appears only once.
function groupByLetters(words) {
  const groups = new Map();
  for (const word of words) {
    const key = [...word].sort().join('');
    if (!groups.has(key)) groups.set(key, new Set());
    groups.get(key).add(word);
  }
  return [...groups.values()].map((group) => [...group]);
}
