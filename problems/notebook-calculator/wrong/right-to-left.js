// Recursive descent that recurses on the right of + - * /, so operators of the same
// strength group from the right: 10 - 4 - 3 becomes 10 - (4 - 3).
function calculate(expression) {
  const tokens = expression.match(/\d+|[-+*/()]/g);
  let at = 0;
  const sum = () => {
    const left = product();
    if (tokens[at] === '+' || tokens[at] === '-') {
      const op = tokens[at++];
      const right = sum();
      return (op === '+' ? left + right : left - right) + 0;
    }
    return left;
  };
  const product = () => {
    const left = unary();
    if (tokens[at] === '*' || tokens[at] === '/') {
      const op = tokens[at++];
      const right = product();
      return (op === '*' ? left * right : Math.trunc(left / right)) + 0;
    }
    return left;
  };
  const unary = () => {
    const token = tokens[at++];
    if (token === '-') return 0 - unary();
    if (token === '(') {
      const value = sum();
      at++;
      return value;
    }
    return Number(token);
  };
  return sum();
}
