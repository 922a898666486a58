// Magnet a goes before magnet b exactly when the digits of a then b read bigger than b then
// a; that order is transitive, so one sort with it gives the biggest number. Comparing the
// strings works because both concatenations have the same length. If the first magnet is
// 0, they all are. O(n log n) comparisons of at most 20 digits each.
function biggestNumber(magnets) {
  const texts = magnets.map(String);
  texts.sort((a, b) => {
    const ab = a + b;
    const ba = b + a;
    return ab > ba ? -1 : ab < ba ? 1 : 0;
  });
  return texts[0] === '0' ? '0' : texts.join('');
}
