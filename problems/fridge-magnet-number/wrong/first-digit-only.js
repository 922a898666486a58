// Orders the magnets by their first digit only, so among 3, 30 and 34 the given order
// decides.
function biggestNumber(magnets) {
  const texts = magnets.map(String);
  texts.sort((a, b) => b[0] - a[0]);
  return texts[0] === '0' ? '0' : texts.join('');
}
