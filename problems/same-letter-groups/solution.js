// Words that are rearrangements of each other have the same letters once sorted: use that
// as the key of a Map, which keeps keys (and so groups) in order of first appearance.
function groupByLetters(words) {
  const groups = new Map();
  for (const word of words) {
    const key = [...word].sort().join('');
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups.values()];
}
