/**
 * An expression with about `size` numbers, built as a random tree whose values are known
 * while it grows: each operator is picked among those that keep every intermediate result
 * within ±10⁹ and never divide by zero. Parentheses appear where precedence needs them and
 * now and then where it does not; about one part in ten is negated with a unary minus;
 * spaces are sprinkled in. Up to size 10 the numbers are below 10.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  return expressionOf(size, random, 0.1);
}

/**
 * The worst case of evaluating the innermost parentheses and rebuilding the string: every
 * operation is wrapped in parentheses, so there are as many groups as operators.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function worstCase(size, random) {
  return expressionOf(size, random, 1);
}

function expressionOf(size, random, extraParens) {
  const int = (below) => Math.floor(random() * below);
  const n = Math.max(1, size);
  const biggest = n <= 10 ? 10 : 1000;
  const space = () => (random() < 0.15 ? ' ' : '');
  const group = (item) => ({ s: `(${space()}${item.s}${space()})`, v: item.v, p: 3 });
  const negate = (item) => {
    const inner = item.p === 3 ? item : group(item);
    return { s: `-${inner.s}`, v: 0 - inner.v + 0, p: 3 };
  };
  const strength = { '+': 1, '-': 1, '*': 2, '/': 2 };
  const combine = (a, b) => {
    const allowed = [];
    if (Math.abs(a.v + b.v) <= 1e9) allowed.push('+', '+');
    if (Math.abs(a.v - b.v) <= 1e9) allowed.push('-', '-');
    if (Math.abs(a.v * b.v) <= 1e9) allowed.push('*', '*');
    if (b.v !== 0) allowed.push('/');
    const op = allowed.length > 0 ? allowed[int(allowed.length)] : '/';
    if (op === '/' && b.v === 0) return combine(a, { s: '1', v: 1, p: 3 });
    const left = a.p < strength[op] ? group(a) : a;
    const right = b.p < strength[op] || (b.p === strength[op] && op !== '+') ? group(b) : b;
    let v;
    if (op === '+') v = a.v + b.v;
    else if (op === '-') v = a.v - b.v;
    else if (op === '*') v = a.v * b.v;
    else v = Math.trunc(a.v / b.v);
    let item = { s: `${left.s}${space()}${op}${space()}${right.s}`, v: v + 0, p: strength[op] };
    if (random() < extraParens) item = group(item);
    if (random() < 0.1) item = negate(item);
    return item;
  };
  const stack = [];
  let made = 0;
  while (made < n || stack.length > 1) {
    if (made < n && (stack.length < 2 || random() < 0.5)) {
      let item = { s: String(int(biggest)), v: 0, p: 3 };
      item.v = Number(item.s);
      if (random() < 0.1) item = negate(item);
      stack.push(item);
      made++;
    } else {
      const b = stack.pop();
      const a = stack.pop();
      stack.push(combine(a, b));
    }
  }
  return [stack[0].s];
}
