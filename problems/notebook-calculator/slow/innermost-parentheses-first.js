// Right, but repeatedly finds an innermost pair of parentheses, evaluates the flat text
// inside it and splices the value back into the string: O(n) per pair, O(n²) in all.
function calculate(expression) {
  const flat = (text) => {
    const tokens = text.match(/\d+|[-+*/]/g);
    const values = [];
    const ops = [];
    let expectOperand = true;
    let negate = false;
    for (const token of tokens) {
      if (/\d/.test(token)) {
        let v = Number(token);
        if (negate) v = 0 - v;
        negate = false;
        if (ops.length > 0 && (ops[ops.length - 1] === '*' || ops[ops.length - 1] === '/')) {
          const a = values.pop();
          v = (ops.pop() === '*' ? a * v : Math.trunc(a / v)) + 0;
        }
        values.push(v);
        expectOperand = false;
      } else if (expectOperand && token === '-') negate = !negate;
      else {
        ops.push(token);
        expectOperand = true;
      }
    }
    let total = values[0];
    for (let k = 1, o = 0; k < values.length; k++) {
      while (ops[o] === '*' || ops[o] === '/') o++;
      total = (ops[o++] === '+' ? total + values[k] : total - values[k]) + 0;
    }
    return total;
  };
  let text = expression.replace(/ /g, '');
  for (;;) {
    const close = text.indexOf(')');
    if (close === -1) return flat(text);
    const open = text.lastIndexOf('(', close);
    const value = flat(text.slice(open + 1, close));
    text = text.slice(0, open) + (value < 0 ? `-${-value}` : String(value)) + text.slice(close + 1);
  }
}
