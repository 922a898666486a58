// Bug: keys by letter counts in a plain object with numeric-looking keys, whose integer keys are listed in numeric order, not first appearance.
function groupByLetters(words) {
  const groups = {};
  for (const word of words) {
    let key = 0;
    const counts = new Array(26).fill(0);
    for (let i = 0; i < word.length; i++) counts[word.charCodeAt(i) - 97]++;
    for (let c = 0; c < 26; c++) key = key * 13 + counts[c];
    if (!(key in groups)) groups[key] = [];
    groups[key].push(word);
  }
  return Object.values(groups);
}
