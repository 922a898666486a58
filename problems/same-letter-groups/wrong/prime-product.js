// Bug: keys each word by the product of one prime per letter; past 2^53 the float product rounds and distinct words can collide.
const PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101];

function groupByLetters(words) {
  const groups = new Map();
  for (const word of words) {
    let key = 1;
    for (let i = 0; i < word.length; i++) key *= PRIMES[word.charCodeAt(i) - 97];
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(word);
  }
  return [...groups.values()];
}
