// Copy the values into an array and build a new list from its end. O(n) time and space.
function reverseList(head) {
  const values = [];
  for (let node = head; node !== null; node = node.next) values.push(node.val);
  let reversed = null;
  for (const value of values) reversed = new ListNode(value, reversed);
  return reversed;
}
