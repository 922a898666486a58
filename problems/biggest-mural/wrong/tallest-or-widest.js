// Compares only the tallest single house with the whole street at its lowest wall.
function biggestMural(heights) {
  return Math.max(Math.max(...heights), Math.min(...heights) * heights.length);
}
