// Bug: recursion as deep as the merged list overflows the judge's stack on long lists.
function mergeTwoLists(a, b) {
  if (!a) return b;
  if (!b) return a;
  if (a.val <= b.val) {
    a.next = mergeTwoLists(a.next, b);
    return a;
  }
  b.next = mergeTwoLists(a, b.next);
  return b;
}
