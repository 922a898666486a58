// Bug: shortcut "an odd-length string cannot be balanced" counts every character, not just brackets ("(a)" is false).
function isBalanced(code) {
  if (code.length % 2 === 1) return false;
  const pairs = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  for (const c of code) {
    if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (c in pairs) {
      if (stack.pop() !== pairs[c]) return false;
    }
  }
  return stack.length === 0;
}
