/**
 * @param {number} n campers 0 to n - 1
 * @param {[number, number][]} friendships pairs of friends (both ways)
 * @return {number} how many friend groups (chains of friendships) there are
 */
function countGroups(n, friendships) {
  // Your code here
}
