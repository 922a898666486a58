/*
 * TreeNode is defined by the judge:
 * class TreeNode {
 *   constructor(val = 0, left = null, right = null) { this.val = val; this.left = left; this.right = right; }
 * }
 */

/**
 * @param {TreeNode} root a tree with at least one node
 * @return {number} the largest sum of values along any path (at least one node)
 */
function maxPathSum(root) {
  // Your code here
}
