// Recursive descent, one grammar rule per function, on a list of tokens:
//   sum := product (('+' | '-') product)*
//   product := unary (('*' | '/') unary)*
//   unary := '-' unary | number | '(' sum ')'
function calculate(expression) {
  const tokens = expression.match(/\d+|[-+*/()]/g);
  let at = 0;
  const clean = (x) => (x === 0 ? 0 : x);
  const sum = () => {
    let value = product();
    while (tokens[at] === '+' || tokens[at] === '-') {
      const op = tokens[at++];
      const right = product();
      value = clean(op === '+' ? value + right : value - right);
    }
    return value;
  };
  const product = () => {
    let value = unary();
    while (tokens[at] === '*' || tokens[at] === '/') {
      const op = tokens[at++];
      const right = unary();
      value = clean(op === '*' ? value * right : Math.trunc(value / right));
    }
    return value;
  };
  const unary = () => {
    const token = tokens[at++];
    if (token === '-') return clean(-unary());
    if (token === '(') {
      const value = sum();
      at++; // ')'
      return value;
    }
    return Number(token);
  };
  return sum();
}
