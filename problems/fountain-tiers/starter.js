/*
 * TreeNode is defined by the judge:
 * class TreeNode {
 *   constructor(val = 0, left = null, right = null) { this.val = val; this.left = left; this.right = right; }
 * }
 */

/**
 * @param {TreeNode | null} root
 * @return {number[][]} the values level by level, top level first, each level left to right
 */
function basinTiers(root) {
  // Your code here
}
