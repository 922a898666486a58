// ListNode is defined by the judge; this only describes it.
declare class ListNode {
  val: number;
  next: ListNode | null;
  constructor(val?: number, next?: ListNode | null);
}

/** Returns the first node of the merged sorted list, made of the nodes of a and b. */
function mergeTwoLists(a: ListNode | null, b: ListNode | null): ListNode | null {
  // Your code here
}
