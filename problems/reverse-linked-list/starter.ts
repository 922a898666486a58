// ListNode is defined by the judge; this only describes it.
declare class ListNode {
  val: number;
  next: ListNode | null;
  constructor(val?: number, next?: ListNode | null);
}

/** Returns the first node of the reversed list. */
function reverseList(head: ListNode | null): ListNode | null {
  // Your code here
}
