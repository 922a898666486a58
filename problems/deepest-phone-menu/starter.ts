// TreeNode is defined by the judge; this only describes it.
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
}

/** How many nodes lie on the longest path from the root down to a leaf (0 for no tree). */
function maxDepth(root: TreeNode | null): number {
  // Your code here
}
