/**
 * A random program of about `size` statements: logs with unique labels, and timeouts
 * (delays 0 to 10, often equal), queueMicrotask calls, promise chains and async functions
 * whose bodies are nested blocks, at most three deep.
 * @param {number} size
 * @param {() => number} random seeded, in [0, 1)
 */
export function generate(size, random) {
  const int = (below) => Math.floor(random() * below);
  const pick = (items) => items[int(items.length)];
  let labels = 0;
  let budget = size;

  const block = (depth) => {
    const body = [];
    const count = 1 + int(3);
    while (body.length < count && budget > 0) body.push(statement(depth));
    return body;
  };
  const blocks = (depth) => Array.from({ length: 1 + int(3) }, () => block(depth));

  function statement(depth) {
    budget -= 1;
    const roll = random();
    if (depth >= 3 || roll < 0.35) return ['log', `L${++labels}`];
    if (roll < 0.55) return ['timeout', pick([0, 0, 1, 2, 5, 10]), block(depth + 1)];
    if (roll < 0.7) return ['microtask', block(depth + 1)];
    if (roll < 0.85) return ['promise', ...blocks(depth + 1)];
    return ['async', ...blocks(depth + 1)];
  }

  const program = [];
  while (budget > 0) program.push(statement(0));
  return [program];
}
