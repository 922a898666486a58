// Returns a boolean from the comparator: it never says "a first" (a negative number), so
// the sort's result depends on the order it compares in.
function biggestNumber(magnets) {
  const texts = magnets.map(String);
  texts.sort((a, b) => b + a > a + b);
  return texts[0] === '0' ? '0' : texts.join('');
}
