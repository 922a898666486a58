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

/**
 * `size` tiles (at least 1) running through the whole alphabet again and again, in one
 * random order of the 26 letters: every letter is used and each tile's previous copy is as
 * far back as it can be (26 tiles), so the count of words doubles at almost every tile and
 * an approach that looks back for the previous copy walks the longest way. Summing over
 * every earlier tile is quadratic on any input.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  const alphabet = Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i));
  for (let i = alphabet.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [alphabet[i], alphabet[j]] = [alphabet[j], alphabet[i]];
  }
  let letters = '';
  for (let i = 0; i < Math.max(1, size); i++) letters += alphabet[i % 26];
  return [letters];
}
