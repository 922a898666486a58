/*
 * ListNode is defined by the judge:
 * class ListNode {
 *   constructor(val = 0, next = null) { this.val = val; this.next = next; }
 * }
 */

/**
 * @param {ListNode | null} a the first node of a sorted list
 * @param {ListNode | null} b the first node of another sorted list
 * @return {ListNode | null} the first node of the merged sorted list, made of their nodes
 */
function mergeTwoLists(a, b) {
  // Your code here
}
