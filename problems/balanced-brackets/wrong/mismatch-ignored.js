// Bug: pops only when the closing bracket matches the top, silently ignoring a mismatched closer ("(])" is reported balanced).
function isBalanced(code) {
  const pairs = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  for (const c of code) {
    if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (c in pairs) {
      if (stack.length === 0) return false;
      if (stack[stack.length - 1] === pairs[c]) stack.pop();
    }
  }
  return stack.length === 0;
}
