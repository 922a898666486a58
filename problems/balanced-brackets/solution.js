// A stack of the closers still owed: an opener pushes its closer, a closer must match the
// top. Balanced when nothing is owed at the end. O(n) time, O(n) space.
function isBalanced(code) {
  const closerOf = { '(': ')', '[': ']', '{': '}' };
  const owed = [];
  for (const ch of code) {
    if (ch in closerOf) owed.push(closerOf[ch]);
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (owed.pop() !== ch) return false;
    }
  }
  return owed.length === 0;
}
