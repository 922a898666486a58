// Bug: keys each word by the sum of its character codes, so "ad" and "bc" share a key.
function groupByLetters(words) {
  const groups = new Map();
  for (const word of words) {
    let key = 0;
    for (let i = 0; i < word.length; i++) key += word.charCodeAt(i);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(word);
  }
  return [...groups.values()];
}
