// Right, but deletes one innermost pair at a time and starts over: O(n²) on deep nesting.
function isBalanced(code) {
  let s = code.replace(/[^()[\]{}]/g, '');
  for (;;) {
    const shorter = s.replace('()', '').replace('[]', '').replace('{}', '');
    if (shorter === s) return s === '';
    s = shorter;
  }
}
