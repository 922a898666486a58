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
   * written, and trailing nulls are left out). `[]` is the empty tree. Every node built
   * is added to `nodes`.
   */
  function toTree(values, nodes) {
    if (values.length === 0 || values[0] === null) return null;
    const root = new TreeNode(values[0]);
    nodes.add(root);
    const queue = [root];
    let head = 0;
    let i = 1;
    while (i < values.length) {
      const node = queue[head++];
      if (values[i] !== null) {
        node.left = new TreeNode(values[i]);
        nodes.add(node.left);
        queue[queue.length] = node.left;
      }
      i++;
      if (i < values.length && values[i] !== null) {
        node.right = new TreeNode(values[i]);
        nodes.add(node.right);
        queue[queue.length] = node.right;
      }
      i++;
    }
    return root;
  }

  globalThis.TreeNode = TreeNode;

  // The tests call splitPointsOf([6, 2, 8], [[2, 8], [6, 8]]): it builds the tree once,
  // calls the candidate's lowestCommonAncestor(root, p, q) for each pair in order, checks
  // that each answer is a node of the tree, and returns their values.
  globalThis.splitPointsOf = function splitPointsOf(values, pairs) {
    const nodes = new Set();
    const root = toTree(values, nodes);
    const answers = [];
    for (let k = 0; k < pairs.length; k++) {
      const p = pairs[k][0];
      const q = pairs[k][1];
      const node = lowestCommonAncestor(root, p, q);
      if (!nodes.has(node)) {
        const what =
          node === null || typeof node !== 'object' ? String(node) : 'an object that is not one of its nodes';
        throw new Error(`lowestCommonAncestor(root, ${p}, ${q}) must return a node of the tree, not ${what}`);
      }
      answers[answers.length] = node.val;
    }
    return answers;
  };
})();
