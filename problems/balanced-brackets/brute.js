// Keep only the brackets, then delete adjacent matching pairs until none is left:
// balanced when nothing remains. O(n²).
function isBalanced(code) {
  let s = '';
  for (const ch of code) if ('()[]{}'.includes(ch)) s += ch;
  for (;;) {
    const shorter = s.replaceAll('()', '').replaceAll('[]', '').replaceAll('{}', '');
    if (shorter === s) return s === '';
    s = shorter;
  }
}
