// Evaluated in the sandbox before the candidate's code, and not counted in steps: the
// ListNode class candidates use, and the driver the tests call. Everything lives in a
// closure and only ListNode and the driver are published on globalThis, so a candidate who
// defines a ListNode of their own does not clash with this one.
(() => {
  class ListNode {
    constructor(val = 0, next = null) {
      this.val = val;
      this.next = next;
    }
  }

  /** A list of new nodes holding `values` in order; null when there are none. */
  function toList(values) {
    let head = null;
    for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);
    return head;
  }

  /** The values of a returned list, refusing one longer than `limit` nodes (a cycle). */
  function toArray(head, limit, what) {
    const values = [];
    let node = head;
    while (node !== null && node !== undefined) {
      if (typeof node !== 'object') throw new Error(`${what} must return a ListNode or null, not a ${typeof node}`);
      if (values.length === limit) {
        throw new Error(`${what} returned a list of more than ${limit} nodes: does it loop back on itself?`);
      }
      values[values.length] = node.val;
      node = node.next;
    }
    return values;
  }

  globalThis.ListNode = ListNode;

  // The tests call reverseListOf([1, 2, 3]): it builds the list 1 → 2 → 3, calls the
  // candidate's reverseList(head) and returns the answer as an array.
  globalThis.reverseListOf = function reverseListOf(values) {
    return toArray(reverseList(toList(values)), values.length, 'reverseList');
  };
})();
