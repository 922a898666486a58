// Applies every operator as soon as its right side is known, left to right, ignoring that
// * and / bind tighter than + and -.
function calculate(expression) {
  const tokens = expression.match(/\d+|[-+*/()]/g);
  let at = 0;
  const run = (a, op, b) => (op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : Math.trunc(a / b)) + 0;
  const operand = () => {
    const token = tokens[at++];
    if (token === '-') return 0 - operand();
    if (token === '(') {
      const value = chain();
      at++;
      return value;
    }
    return Number(token);
  };
  const chain = () => {
    let value = operand();
    while (at < tokens.length && tokens[at] !== ')') {
      const op = tokens[at++];
      value = run(value, op, operand());
    }
    return value;
  };
  return chain();
}
