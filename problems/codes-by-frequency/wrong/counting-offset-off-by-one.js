// Bug: counting array indexed by code + 10000 has 20000 slots instead of 20001, so code 10000 is dropped.
function sortByFrequency(codes) {
  const counts = new Array(20000).fill(0);
  for (const c of codes) counts[c + 10000]++;
  const present = [];
  for (let i = 0; i < 20000; i++) if (counts[i] > 0) present.push(i);
  present.sort((x, y) => counts[y] - counts[x] || x - y);
  const result = [];
  for (const i of present) for (let k = 0; k < counts[i]; k++) result.push(i - 10000);
  return result;
}
