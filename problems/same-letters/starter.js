/**
 * @param {string} tiles the letters dealt
 * @param {string} word the player's answer
 * @return {boolean} whether word uses every tile exactly once
 */
function usesSameTiles(tiles, word) {
  // Your code here
}
