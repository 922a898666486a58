/*
 * TreeNode is defined by the judge:
 * class TreeNode {
 *   constructor(val = 0, left = null, right = null) { this.val = val; this.left = left; this.right = right; }
 * }
 */

/**
 * @param {TreeNode | null} root
 * @return {number} how many nodes lie on the longest path from the root down to a leaf
 */
function maxDepth(root) {
  // Your code here
}
