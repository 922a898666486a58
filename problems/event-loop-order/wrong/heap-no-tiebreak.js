// Bug: keeps timers in a binary min-heap keyed on due time only, so timers due at the same moment do not come out in creation order.
function predictOrder(program) {
  const out = [];
  const micro = [];
  const heap = [];
  let now = 0;
  const push = (t) => {
    heap.push(t);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p].due <= heap[i].due) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l].due < heap[m].due) m = l;
        if (r < heap.length && heap[r].due < heap[m].due) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
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
      else if (kind === 'timeout') push({ due: now + st[1], body: st[2] });
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
  while (heap.length) {
    const t = pop();
    now = t.due;
    run(t.body);
    drain();
  }
  return out;
}
