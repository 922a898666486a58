/**
 * @param {number[]} stamps the face values on sale, each available without limit
 * @param {number} postage the exact total the stamps must make
 * @return {number} the fewest stamps that make exactly postage, or -1 if none do
 */
function fewestStamps(stamps, postage) {
  // Your code here
}
