// The clock advances one millisecond at a time. At each moment, the timers due by then
// run one by one, oldest first (a timer created meanwhile for the same moment joins
// them), each followed by every microtask; then time moves on.
function predictOrder(program) {
  const order = [];
  const microtasks = [];
  const timers = [];
  let created = 0;
  let now = 0;

  const run = (body) => {
    for (const statement of body) execute(statement);
  };
  const thenChain = (bodies) => {
    if (bodies.length === 0) return;
    microtasks.push(() => {
      run(bodies[0]);
      thenChain(bodies.slice(1));
    });
  };
  function execute([kind, ...rest]) {
    switch (kind) {
      case 'log':
        order.push(rest[0]);
        break;
      case 'timeout':
        timers.push({ due: now + rest[0], created: created++, body: rest[1] });
        break;
      case 'microtask':
        microtasks.push(() => run(rest[0]));
        break;
      case 'promise':
        thenChain(rest);
        break;
      case 'async':
        run(rest[0]);
        thenChain(rest.slice(1));
        break;
    }
  }
  const drain = () => {
    while (microtasks.length > 0) microtasks.shift()();
  };

  run(program);
  drain();
  while (timers.length > 0) {
    for (;;) {
      const due = timers.filter((t) => t.due <= now);
      if (due.length === 0) break;
      const oldest = due.reduce((a, b) => (b.created < a.created ? b : a));
      timers.splice(timers.indexOf(oldest), 1);
      run(oldest.body);
      drain();
    }
    now += 1;
  }
  return order;
}
