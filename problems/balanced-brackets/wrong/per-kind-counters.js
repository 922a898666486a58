// Bug: keeps one counter per bracket kind, so interleaving like "([)]" or "[(])" is accepted.
function isBalanced(code) {
  let round = 0;
  let square = 0;
  let curly = 0;
  for (const c of code) {
    if (c === '(') round++;
    else if (c === ')') round--;
    else if (c === '[') square++;
    else if (c === ']') square--;
    else if (c === '{') curly++;
    else if (c === '}') curly--;
    if (round < 0 || square < 0 || curly < 0) return false;
  }
  return round === 0 && square === 0 && curly === 0;
}
