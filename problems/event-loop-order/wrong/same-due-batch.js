// Bug: runs every timer due at the same moment as one batch, and only then empties the microtask queue.
function predictOrder(program) {
  const out = [];
  const micro = [];
  const timers = [];
  let now = 0;
  let seq = 0;
  const chain = (bodies, i) => {
    if (i >= bodies.length) return;
    micro.push(() => {
      run(bodies[i]);
      chain(bodies, i + 1);
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
        chain(bodies, 1);
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
    timers.sort((x, y) => x.due - y.due || x.seq - y.seq);
    now = timers[0].due;
    while (timers.length && timers[0].due === now) run(timers.shift().body);
    drain();
  }
  return out;
}
