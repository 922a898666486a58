// Every way of keeping tiles (a bit mask over the positions), the words in a Set:
// O(2ⁿ · n), for short rows only.
function countWords(letters) {
  const words = new Set();
  for (let mask = 1; mask < 2 ** letters.length; mask++) {
    let word = '';
    for (let i = 0; i < letters.length; i++) {
      if (mask & (1 << i)) word += letters[i];
    }
    words.add(word);
  }
  return words.size % 1_000_000_007;
}
