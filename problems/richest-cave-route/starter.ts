// TreeNode is defined by the judge; this only describes it.
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
}

/** The largest sum of values along any path in the tree (at least one node). */
function maxPathSum(root: TreeNode): number {
  // Your code here
}
