// A running-total calculator with a stack for parentheses that only understands a minus
// sign as unary at the very start or right after "(": "2*-3" reads the minus as binary.
function calculate(expression) {
  const s = expression.replace(/ /g, '');
  const stack = [];
  let total = 0;
  let term = 0;
  let termOp = '*';
  let sign = 1;
  let pending = null;
  const feed = (value) => {
    term = termOp === '*' ? term * value : Math.trunc(term / value);
    return term;
  };
  const start = () => {
    total = 0;
    term = 1;
    termOp = '*';
    sign = 1;
  };
  start();
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < s.length && s[j] >= '0' && s[j] <= '9') j++;
      pending = Number(s.slice(i, j));
      i = j - 1;
      feed(pending);
    } else if (ch === '(') {
      stack.push([total, term, termOp, sign]);
      start();
    } else if (ch === ')') {
      const value = total + sign * term;
      [total, term, termOp, sign] = stack.pop();
      feed(value);
    } else if (ch === '*' || ch === '/') termOp = ch;
    else if (ch === '-' && (i === 0 || s[i - 1] === '(')) sign = -sign;
    else {
      total += sign * term;
      sign = ch === '-' ? -1 : 1;
      term = 1;
      termOp = '*';
    }
  }
  return total + sign * term + 0;
}
