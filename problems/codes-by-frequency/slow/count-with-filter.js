// Right, but counts each distinct code with a filter over the whole array: O(n·k).
function sortByFrequency(codes) {
  const distinct = [...new Set(codes)];
  const counts = new Map(distinct.map((code) => [code, codes.filter((c) => c === code).length]));
  distinct.sort((a, b) => counts.get(b) - counts.get(a) || a - b);
  return distinct.flatMap((code) => new Array(counts.get(code)).fill(code));
}
