/**
 * @param {string} text the printed line
 * @param {string} need the letters needed, with repeats
 * @return {string} the shortest (then leftmost) substring of text covering need, or ""
 */
function shortestStrip(text, need) {
  // Your code here
}
