// Runs every timer due at the same moment before running any microtask (how Node worked
// before version 11), instead of draining the microtasks after each timer.
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
    timers.sort((a, b) => a.due - b.due || a.created - b.created);
    now = timers[0].due;
    const due = timers.filter((t) => t.due === now);
    timers.splice(0, due.length);
    for (const t of due) run(t.body);
    drain();
  }
  return order;
}
