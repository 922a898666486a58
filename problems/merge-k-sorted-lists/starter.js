/*
 * ListNode is defined by the judge:
 * class ListNode {
 *   constructor(val = 0, next = null) { this.val = val; this.next = next; }
 * }
 */

/**
 * @param {(ListNode | null)[]} lists first nodes of k sorted lists (null when empty)
 * @return {ListNode | null} the first node of one sorted list made of all their nodes
 */
function mergeKLists(lists) {
  // Your code here
}
