// Evaluated in the sandbox before the candidate's code, and not counted in steps: the
// TreeNode class candidates use, and the driver the tests call. Everything lives in a
// closure and only TreeNode and the driver are published on globalThis, so a candidate who
// defines a TreeNode of their own does not clash with this one.
(() => {
  class TreeNode {
    constructor(val = 0, left = null, right = null) {
      this.val = val;
      this.left = left;
      this.right = right;
    }
  }

  /**
   * The tree written in level order: the root, then each node's left and right children
   * level by level, `null` for a missing child (only children of present nodes are
   * written, and trailing nulls are left out). `[]` is the empty tree.
   */
  function toTree(values) {
    if (values.length === 0 || values[0] === null) return null;
    const root = new TreeNode(values[0]);
    const queue = [root];
    let head = 0;
    let i = 1;
    while (i < values.length) {
      const node = queue[head++];
      if (values[i] !== null) {
        node.left = new TreeNode(values[i]);
        queue[queue.length] = node.left;
      }
      i++;
      if (i < values.length && values[i] !== null) {
        node.right = new TreeNode(values[i]);
        queue[queue.length] = node.right;
      }
      i++;
    }
    return root;
  }

  globalThis.TreeNode = TreeNode;

  // The tests call richestRouteOf([1, 2, 3]): it builds the tree, calls the candidate's
  // maxPathSum(root) and returns its answer.
  globalThis.richestRouteOf = function richestRouteOf(values) {
    return maxPathSum(toTree(values));
  };
})();
