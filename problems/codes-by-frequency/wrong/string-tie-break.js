// Bug: distinct codes are object keys (strings) and ties are broken by comparing those strings, so "-1" sorts before "-10".
function sortByFrequency(codes) {
  const count = {};
  for (const c of codes) count[c] = (count[c] || 0) + 1;
  const keys = Object.keys(count).sort((a, b) => {
    if (count[a] !== count[b]) return count[b] - count[a];
    if (a.length !== b.length && a[0] !== '-' && b[0] !== '-') return a.length - b.length;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const result = [];
  for (const k of keys) for (let i = 0; i < count[k]; i++) result.push(Number(k));
  return result;
}
