// The two-stack calculator, but divides with Math.floor, which rounds negative quotients
// down (-7 / 2 gives -4) instead of toward zero.
function calculate(expression) {
  const strength = { neg: 3, '*': 2, '/': 2, '+': 1, '-': 1 };
  const values = [];
  const ops = [];
  const apply = () => {
    const op = ops.pop();
    if (op === 'neg') return values.push(0 - values.pop());
    const b = values.pop();
    const a = values.pop();
    const r = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : Math.floor(a / b);
    values.push(r + 0);
  };
  let expectOperand = true;
  for (let i = 0; i < expression.length; i++) {
    const ch = expression[i];
    if (ch === ' ') continue;
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < expression.length && expression[j] >= '0' && expression[j] <= '9') j++;
      values.push(Number(expression.slice(i, j)));
      i = j - 1;
      expectOperand = false;
    } else if (ch === '(') {
      ops.push('(');
      expectOperand = true;
    } else if (ch === ')') {
      while (ops[ops.length - 1] !== '(') apply();
      ops.pop();
      expectOperand = false;
    } else if (ch === '-' && expectOperand) ops.push('neg');
    else {
      while (ops.length > 0 && ops[ops.length - 1] !== '(' && strength[ops[ops.length - 1]] >= strength[ch]) apply();
      ops.push(ch);
      expectOperand = true;
    }
  }
  while (ops.length > 0) apply();
  return values[0];
}
