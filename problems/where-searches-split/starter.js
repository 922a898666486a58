/*
 * TreeNode is defined by the judge:
 * class TreeNode {
 *   constructor(val = 0, left = null, right = null) { this.val = val; this.left = left; this.right = right; }
 * }
 */

/**
 * @param {TreeNode} root the root of a binary search tree
 * @param {number} p a value in the tree
 * @param {number} q a value in the tree
 * @return {TreeNode} the deepest node with both p and q in its subtree
 */
function lowestCommonAncestor(root, p, q) {
  // Your code here
}
