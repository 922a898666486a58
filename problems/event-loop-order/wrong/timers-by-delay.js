// Orders timers by their delay alone, forgetting that a timer created later (inside
// another timer) is due later: its delay counts from when it was created.
function predictOrder(program) {
  const order = [];
  const microtasks = [];
  const timers = [];
  let created = 0;
  const run = (body) => body.forEach(execute);
  const chain = (bodies, k) => {
    if (k < bodies.length)
      microtasks.push(() => {
        run(bodies[k]);
        chain(bodies, k + 1);
      });
  };
  function execute([kind, ...rest]) {
    if (kind === 'log') order.push(rest[0]);
    else if (kind === 'timeout') timers.push({ delay: rest[0], created: created++, body: rest[1] });
    else if (kind === 'microtask') microtasks.push(() => run(rest[0]));
    else if (kind === 'promise') chain(rest, 0);
    else if (kind === 'async') {
      run(rest[0]);
      chain(rest.slice(1), 0);
    }
  }
  const drain = () => {
    while (microtasks.length > 0) microtasks.shift()();
  };
  run(program);
  drain();
  while (timers.length > 0) {
    timers.sort((a, b) => a.delay - b.delay || a.created - b.created);
    run(timers.shift().body);
    drain();
  }
  return order;
}
