/*
 * TreeNode is defined by the judge:
 * class TreeNode {
 *   constructor(val = 0, left = null, right = null) { this.val = val; this.left = left; this.right = right; }
 * }
 */

/**
 * @param {TreeNode | null} root
 * @return {boolean} whether the tree is a binary search tree (strictly ordered)
 */
function isValidBST(root) {
  // Your code here
}
