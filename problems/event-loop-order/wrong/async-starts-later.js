// Runs an async function's first part as a microtask too, instead of right away: code
// before the first await is synchronous.
function predictOrder(program) {
  const order = [];
  const microtasks = [];
  const timers = [];
  let created = 0;
  let now = 0;
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
    else if (kind === 'timeout') timers.push({ due: now + rest[0], created: created++, body: rest[1] });
    else if (kind === 'microtask') microtasks.push(() => run(rest[0]));
    else if (kind === 'promise' || kind === 'async') chain(rest, 0);
  }
  const drain = () => {
    while (microtasks.length > 0) microtasks.shift()();
  };
  run(program);
  drain();
  while (timers.length > 0) {
    timers.sort((a, b) => a.due - b.due || a.created - b.created);
    const timer = timers.shift();
    now = timer.due;
    run(timer.body);
    drain();
  }
  return order;
}
