/**
 * @param {string[]} map rows of '#' (land) and '.' (water)
 * @return {number} how many islands (land joined up, down, left or right)
 */
function countIslands(map) {
  // Your code here
}
