// Sorts the numbers as text in descending order: "30" comes before "3", giving "303"
// instead of "330".
function biggestNumber(magnets) {
  const texts = magnets.map(String).sort().reverse();
  return texts[0] === '0' ? '0' : texts.join('');
}
