// Bug: a closing bracket with nothing open is skipped instead of failing ("())" is reported balanced).
function isBalanced(code) {
  const pairs = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  for (const c of code) {
    if (c === '(' || c === '[' || c === '{') stack.push(c);
    else if (c in pairs) {
      if (stack.length && stack.pop() !== pairs[c]) return false;
    }
  }
  return stack.length === 0;
}
