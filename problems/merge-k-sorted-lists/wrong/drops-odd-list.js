// Merges the lists in pairs, round after round, but forgets the unpaired last list when a
// round has an odd number of lists.
function mergeKLists(lists) {
  const mergeTwo = (a, b) => {
    const before = new ListNode(0);
    let tail = before;
    while (a !== null && b !== null) {
      if (a.val <= b.val) {
        tail.next = a;
        a = a.next;
      } else {
        tail.next = b;
        b = b.next;
      }
      tail = tail.next;
    }
    tail.next = a !== null ? a : b;
    return before.next;
  };
  let round = lists;
  while (round.length > 1) {
    const next = [];
    for (let i = 0; i + 1 < round.length; i += 2) next.push(mergeTwo(round[i], round[i + 1]));
    round = next;
  }
  return round.length > 0 ? round[0] : null;
}
