/*
 * ListNode is defined by the judge:
 * class ListNode {
 *   constructor(val = 0, next = null) { this.val = val; this.next = next; }
 * }
 */

/**
 * @param {ListNode | null} head the first node of the list
 * @return {ListNode | null} the first node of the reversed list
 */
function reverseList(head) {
  // Your code here
}
