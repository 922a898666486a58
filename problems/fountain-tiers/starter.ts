// TreeNode is defined by the judge; this only describes it.
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
}

/** The values level by level, top level first, each level left to right. */
function basinTiers(root: TreeNode | null): number[][] {
  // Your code here
}
