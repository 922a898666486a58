// Greedy: sticks on as many of the biggest stamp as fit, then the next biggest, and so on.
// That is optimal for some sets of values (1, 2, 5, 10...) but not for all, and it can even
// miss a postage that can be made.
function fewestStamps(stamps, postage) {
  const values = [...stamps].sort((a, b) => b - a);
  let rest = postage;
  let count = 0;
  for (const value of values) {
    count += Math.floor(rest / value);
    rest %= value;
  }
  return rest === 0 ? count : -1;
}
