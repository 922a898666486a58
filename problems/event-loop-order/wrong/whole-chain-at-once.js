// Queues every link of a promise chain (and every part of an async function) at once, as
// if each .then were a separate Promise.resolve().then: the links of two chains do not
// interleave.
function predictOrder(program) {
  const order = [];
  const microtasks = [];
  const timers = [];
  let created = 0;
  let now = 0;
  const run = (body) => body.forEach(execute);
  function execute([kind, ...rest]) {
    if (kind === 'log') order.push(rest[0]);
    else if (kind === 'timeout') timers.push({ due: now + rest[0], created: created++, body: rest[1] });
    else if (kind === 'microtask') microtasks.push(() => run(rest[0]));
    else if (kind === 'promise') for (const body of rest) microtasks.push(() => run(body));
    else if (kind === 'async') {
      run(rest[0]);
      for (const body of rest.slice(1)) microtasks.push(() => run(body));
    }
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
