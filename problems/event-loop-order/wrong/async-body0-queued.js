// Bug: treats an async function like a promise chain, queueing body0 instead of running it right away.
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
      else if (kind === 'promise' || kind === 'async') chain(st.slice(1), 0);
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
    const t = timers.shift();
    now = t.due;
    run(t.body);
    drain();
  }
  return out;
}
