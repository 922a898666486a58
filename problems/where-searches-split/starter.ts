// TreeNode is defined by the judge; this only describes it.
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
}

/** The deepest node of the search tree with both values p and q in its subtree. */
function lowestCommonAncestor(root: TreeNode, p: number, q: number): TreeNode {
  // Your code here
}
