// Simulate the event loop: a FIFO queue of microtasks and a min-heap of timers ordered by
// (due time, creation order). The program runs first, then the microtask queue is drained;
// then the earliest timer runs, the queue is drained again, and so on. A promise chain and
// the parts of an async function after each `await null` are microtasks that queue the
// next link only when they finish. O(n log n) for n statements run.
function predictOrder(program) {
  const order = [];
  const microtasks = [];
  let nextMicrotask = 0;
  const timers = new TimerHeap();
  let created = 0;
  let now = 0;

  const run = (body) => {
    for (const statement of body) execute(statement);
  };

  // Queues bodies[k]; when it has run, the next body is queued.
  const chain = (bodies, k) => {
    if (k >= bodies.length) return;
    microtasks.push(() => {
      run(bodies[k]);
      chain(bodies, k + 1);
    });
  };

  const execute = (statement) => {
    const [kind, ...rest] = statement;
    if (kind === 'log') order.push(rest[0]);
    else if (kind === 'timeout') timers.push({ due: now + rest[0], created: created++, body: rest[1] });
    else if (kind === 'microtask') microtasks.push(() => run(rest[0]));
    else if (kind === 'promise') chain(rest, 0);
    else if (kind === 'async') {
      run(rest[0]);
      chain(rest.slice(1), 0);
    }
  };

  const drain = () => {
    while (nextMicrotask < microtasks.length) microtasks[nextMicrotask++]();
  };

  run(program);
  drain();
  while (timers.size > 0) {
    const timer = timers.pop();
    now = timer.due;
    run(timer.body);
    drain();
  }
  return order;
}

// A binary min-heap of timers: earlier due time first, then earlier creation.
class TimerHeap {
  constructor() {
    this.items = [];
  }

  get size() {
    return this.items.length;
  }

  before(i, j) {
    const a = this.items[i];
    const b = this.items[j];
    return a.due < b.due || (a.due === b.due && a.created < b.created);
  }

  swap(i, j) {
    [this.items[i], this.items[j]] = [this.items[j], this.items[i]];
  }

  push(timer) {
    this.items.push(timer);
    let i = this.items.length - 1;
    while (i > 0 && this.before(i, (i - 1) >> 1)) {
      this.swap(i, (i - 1) >> 1);
      i = (i - 1) >> 1;
    }
  }

  pop() {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0) {
      this.items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let first = i;
        if (left < this.items.length && this.before(left, first)) first = left;
        if (right < this.items.length && this.before(right, first)) first = right;
        if (first === i) break;
        this.swap(i, first);
        i = first;
      }
    }
    return top;
  }
}
