// ListNode is defined by the judge; this only describes it.
declare class ListNode {
  val: number;
  next: ListNode | null;
  constructor(val?: number, next?: ListNode | null);
}

/** Returns the first node of one sorted list made of all the nodes of the k lists. */
function mergeKLists(lists: (ListNode | null)[]): ListNode | null {
  // Your code here
}
