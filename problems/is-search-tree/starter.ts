// TreeNode is defined by the judge; this only describes it.
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
}

/** Whether the tree is a binary search tree (strictly ordered). */
function isValidBST(root: TreeNode | null): boolean {
  // Your code here
}
