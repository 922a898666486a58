/**
 * A row of `size` tiles (at least 1) drawn from the first 1 to 26 letters of the alphabet:
 * small alphabets make many repeated letters, and so many words that can be left in
 * several ways.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const alphabet = 1 + Math.floor(random() * 26);
  let letters = '';
  for (let i = 0; i < Math.max(1, size); i++) {
    letters += String.fromCharCode(97 + Math.floor(random() * alphabet));
  }
  return [letters];
}
