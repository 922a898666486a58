// Two stacks (shunting-yard): numbers, and operators waiting for their right side. Before
// pushing a binary operator, apply every waiting operator that binds at least as tightly
// (left to right); a `)` applies everything back to its `(`. Unary minus is its own
// operator, binding tightest, and is recognised because an operand was expected. Each
// character is read once and each operator applied once: O(n) time, O(n) space.
function calculate(expression) {
  const strength = { neg: 3, '*': 2, '/': 2, '+': 1, '-': 1 };
  const values = [];
  const ops = [];
  const apply = () => {
    const op = ops.pop();
    if (op === 'neg') {
      values.push(0 - values.pop());
      return;
    }
    const b = values.pop();
    const a = values.pop();
    let r;
    if (op === '+') r = a + b;
    else if (op === '-') r = a - b;
    else if (op === '*') r = a * b;
    else r = Math.trunc(a / b);
    values.push(r + 0); // turns -0 into 0
  };
  let expectOperand = true;
  for (let i = 0; i < expression.length; i++) {
    const ch = expression[i];
    if (ch === ' ') continue;
    if (ch >= '0' && ch <= '9') {
      let n = 0;
      while (i < expression.length && expression[i] >= '0' && expression[i] <= '9') {
        n = n * 10 + (expression.charCodeAt(i) - 48);
        i++;
      }
      i--;
      values.push(n);
      expectOperand = false;
    } else if (ch === '(') {
      ops.push('(');
      expectOperand = true;
    } else if (ch === ')') {
      while (ops[ops.length - 1] !== '(') apply();
      ops.pop();
      expectOperand = false;
    } else if (ch === '-' && expectOperand) {
      ops.push('neg');
    } else {
      while (ops.length > 0 && ops[ops.length - 1] !== '(' && strength[ops[ops.length - 1]] >= strength[ch]) apply();
      ops.push(ch);
      expectOperand = true;
    }
  }
  while (ops.length > 0) apply();
  return values[0];
}
