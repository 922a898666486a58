// Counts each kind separately: catches a missing bracket but not brackets closed in the
// wrong order, like "([)]".
function isBalanced(code) {
  const open = { '(': 0, '[': 0, '{': 0 };
  const pair = { ')': '(', ']': '[', '}': '{' };
  for (const ch of code) {
    if (ch in open) open[ch]++;
    else if (ch in pair) {
      open[pair[ch]]--;
      if (open[pair[ch]] < 0) return false;
    }
  }
  return open['('] === 0 && open['['] === 0 && open['{'] === 0;
}
