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

  /**
   * The values of a returned list, refusing one longer than `limit` nodes (a cycle), and
   * any node that is not in `given` (the input's nodes: the task is to reuse them).
   */
  function toArray(head, limit, what, given) {
    const values = [];
    let node = head;
    while (node !== null && node !== undefined) {
      if (typeof node !== 'object') throw new Error(`${what} must return a ListNode or null, not a ${typeof node}`);
      if (values.length === limit) {
        throw new Error(`${what} returned a list of more than ${limit} nodes: does it loop back on itself?`);
      }
      if (!given.has(node)) {
        throw new Error(
          `${what} returned a node (value ${node.val}) that is not one of the input nodes: relink the given nodes, do not copy them`,
        );
      }
      values[values.length] = node.val;
      node = node.next;
    }
    return values;
  }

  globalThis.ListNode = ListNode;

  // The tests call mergeAllOf([[1, 4], [2, 3], []]): it builds one list per array, calls
  // the candidate's mergeKLists(lists) with their first nodes (null for an empty list),
  // and returns the merged list as an array.
  globalThis.mergeAllOf = function mergeAllOf(valueLists) {
    const lists = [];
    const given = new Set();
    for (const values of valueLists) {
      const head = toList(values);
      for (let node = head; node !== null; node = node.next) given.add(node);
      lists[lists.length] = head;
    }
    return toArray(mergeKLists(lists), given.size, 'mergeKLists', given);
  };
})();
