// Count each element by scanning the whole array (O(n²)), then sort all elements by
// (count descending, value ascending).
function sortByFrequency(codes) {
  const countOf = (code) => {
    let count = 0;
    for (const other of codes) if (other === code) count++;
    return count;
  };
  const keyed = codes.map((code) => ({ code, count: countOf(code) }));
  keyed.sort((x, y) => (x.count !== y.count ? y.count - x.count : x.code - y.code));
  return keyed.map((entry) => entry.code);
}
