// Bug: pairwise (divide and conquer) merging drops the last list when a round has an odd count.
function mergeTwo(a, b) {
  const dummy = new ListNode();
  let tail = dummy;
  while (a && b) {
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next;
  }
  tail.next = a || b;
  return dummy.next;
}

function mergeKLists(lists) {
  if (lists.length === 0) return null;
  let round = lists;
  while (round.length > 1) {
    const next = [];
    for (let i = 0; i + 1 < round.length; i += 2) next.push(mergeTwo(round[i], round[i + 1]));
    round = next;
  }
  return round[0];
}
