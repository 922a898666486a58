// Gives each letter a prime and compares products: right in exact arithmetic, but the
// products pass 2^53 after a dozen letters and stop being exact (then become Infinity).
function findJumbles(strip, word) {
  const primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101];
  const prime = (s, i) => primes[s.charCodeAt(i) - 97];
  let target = 1;
  for (let i = 0; i < word.length; i++) target *= prime(word, i);
  const starts = [];
  for (let i = 0; i + word.length <= strip.length; i++) {
    let product = 1;
    for (let j = i; j < i + word.length; j++) product *= prime(strip, j);
    if (product === target) starts.push(i);
  }
  return starts;
}
