// Bug: queues a promise chain's next body as soon as the current one STARTS, so it runs before microtasks that body queues.
function predictOrder(program) {
  const out = [];
  const micro = [];
  const timers = [];
  let now = 0;
  let seq = 0;
  const chain = (bodies, i) => {
    if (i >= bodies.length) return;
    micro.push(() => {
      chain(bodies, i + 1);
      run(bodies[i]);
    });
  };
  const asyncChain = (bodies, i) => {
    if (i >= bodies.length) return;
    micro.push(() => {
      run(bodies[i]);
      asyncChain(bodies, i + 1);
    });
  };
  function run(body) {
    for (const st of body) {
      const kind = st[0];
      if (kind === 'log') out.push(st[1]);
      else if (kind === 'timeout') timers.push({ due: now + st[1], seq: seq++, body: st[2] });
      else if (kind === 'microtask') micro.push(() => run(st[1]));
      else if (kind === 'promise') chain(st.slice(1), 0);
      else if (kind === 'async') {
        const bodies = st.slice(1);
        if (bodies.length) run(bodies[0]);
        asyncChain(bodies, 1);
      }
    }
  }
  const drain = () => {
    for (let h = 0; h < micro.length; h++) micro[h]();
    micro.length = 0;
  };
  run(program);
  drain();
  while (timers.length) {
    let best = 0;
    for (let k = 1; k < timers.length; k++) {
      const t = timers[k];
      const b = timers[best];
      if (t.due < b.due || (t.due === b.due && t.seq < b.seq)) best = k;
    }
    const [t] = timers.splice(best, 1);
    now = t.due;
    run(t.body);
    drain();
  }
  return out;
}
