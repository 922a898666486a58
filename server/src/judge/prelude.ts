/**
 * JavaScript evaluated in every fresh QuickJS context before the candidate's code. It gives
 * the program a deterministic world: a virtual clock behind the timer functions and
 * `Date`, a seeded `Math.random`, and a `console` that formats like Node's and writes
 * through a host function it keeps in its closure (never on the global object).
 *
 * It evaluates to a function `(write, seed) => ({ tick, headroom, reseed })`. The host calls
 * `tick()` whenever the microtask queue is empty: it runs the earliest due timer (advancing
 * virtual time) and returns 1, or returns 0 when no timer is left. `headroom()` returns 1
 * if the heap can still give 1 MiB, else 0: when a run ends, it tells the host whether the
 * program used up the memory (see `runProgram`). `reseed(seed)` restarts `Math.random`.
 *
 * Nothing here looks anything up on a built-in after the candidate's code has started:
 * every method it needs is captured up front and called uncurried, its own lists have no
 * prototype (so a setter on `Array.prototype[0]` cannot intercept them), strings are
 * escaped without regular expressions (so `RegExp.prototype.exec` cannot steer them), and
 * microtasks are queued with `await` (so `Promise.prototype.then` cannot). A program that
 * replaces `Map.prototype.get`, `Array.prototype.pop`, `Reflect.apply` or
 * `String.prototype.replace` breaks only its own calls, never its console or its timers.
 */
export const PRELUDE_SOURCE = String.raw`(function (write, seed) {
  'use strict';
  const G = globalThis;
  const OriginalDate = Date;
  const TypeErrorCtor = TypeError;
  const StringCtor = String;
  const apply = Reflect.apply, construct = Reflect.construct;
  const { defineProperty, keys, getPrototypeOf, getOwnPropertySymbols, getOwnPropertyDescriptor, setPrototypeOf } = Object;
  const { isArray } = Array;
  const ObjectIs = Object.is;
  const imul = Math.imul;
  const ArrayBufferCtor = ArrayBuffer;
  // apply reads only the rest array's length and own elements: Array.prototype has no say.
  const uncurry = (fn) => (self, ...args) => apply(fn, self, args);
  const mapGet = uncurry(Map.prototype.get);
  const mapSet = uncurry(Map.prototype.set);
  const mapDelete = uncurry(Map.prototype.delete);
  const mapEntries = uncurry(Map.prototype.entries);
  const mapIterNext = uncurry(getPrototypeOf(new Map().entries()).next);
  const setValues = uncurry(Set.prototype.values);
  const setIterNext = uncurry(getPrototypeOf(new Set().values()).next);
  const mapSize = uncurry(getOwnPropertyDescriptor(Map.prototype, 'size').get);
  const setSize = uncurry(getOwnPropertyDescriptor(Set.prototype, 'size').get);
  const isMap = (v) => { try { mapSize(v); return true; } catch { return false; } };
  const isSet = (v) => { try { setSize(v); return true; } catch { return false; } };
  const dateToISO = uncurry(OriginalDate.prototype.toISOString);
  const dateToString = uncurry(OriginalDate.prototype.toString);
  const isDate = (v) => { try { dateToISO(v); return true; } catch { return false; } };
  const isPrototypeOf = uncurry(Object.prototype.isPrototypeOf);
  const errorPrototype = Error.prototype;
  const isError = (v) => isPrototypeOf(errorPrototype, v);
  const join = uncurry(Array.prototype.join);
  const slice = uncurry(String.prototype.slice);
  const indexOf = uncurry(String.prototype.indexOf);
  const startsWith = uncurry(String.prototype.startsWith);
  const hasOwn = uncurry(Object.prototype.hasOwnProperty);
  const fnToString = uncurry(Function.prototype.toString);
  // The prelude's own lists have no prototype: nothing the program defines on Array.prototype touches them.
  const list = () => setPrototypeOf([], null);
  const append = (items, item) => { items[items.length] = item; };
  const MAX_DEPTH = 2;
  const MAX_ITEMS = 100;

  const quote = (s) => {
    if (indexOf(s, '\\') < 0 && indexOf(s, "'") < 0 && indexOf(s, '\n') < 0) return "'" + s + "'";
    let out = "'";
    let from = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      const escaped = c === '\\' ? '\\\\' : c === "'" ? "\\'" : c === '\n' ? '\\n' : null;
      if (escaped === null) continue;
      out += slice(s, from, i) + escaped;
      from = i + 1;
    }
    return out + slice(s, from) + "'";
  };
  const isIdentifier = (s) => {
    if (s.length === 0) return false;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      const letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === '$';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
    }
    return true;
  };
  const key = (k) => (typeof k === 'symbol' ? '[' + StringCtor(k) + ']' : isIdentifier(k) ? k : quote(k));
  const braces = (items) => (items.length === 0 ? '{}' : '{ ' + join(items, ', ') + ' }');

  // seen: the objects being printed, outermost first; meeting one of them again is a cycle.
  function inspect(value, depth, seen) {
    switch (typeof value) {
      case 'string': return depth === 0 ? value : quote(value);
      case 'number': return ObjectIs(value, -0) ? '-0' : StringCtor(value);
      case 'bigint': return StringCtor(value) + 'n';
      case 'boolean': case 'undefined': return StringCtor(value);
      case 'symbol': return StringCtor(value);
      case 'function': {
        let src = '';
        try { src = fnToString(value); } catch {}
        const name = value.name ? ': ' + value.name : ' (anonymous)';
        return startsWith(src, 'class') ? '[class' + (value.name ? ' ' + value.name : '') + ']' : '[Function' + name + ']';
      }
    }
    if (value === null) return 'null';
    for (let i = 0; i < seen.length; i++) if (seen[i] === value) return '[Circular]';
    if (isError(value)) {
      let stack = value.stack;
      if (typeof stack === 'string') stack = '\n' + (stack[stack.length - 1] === '\n' ? slice(stack, 0, -1) : stack);
      else stack = '';
      return StringCtor(value.name) + ': ' + StringCtor(value.message) + stack;
    }
    if (isDate(value)) return dateToISO(value);
    append(seen, value);
    try {
      return inspectObject(value, depth, seen);
    } finally {
      seen.length -= 1;
    }
  }

  function inspectObject(value, depth, seen) {
    const nested = depth >= MAX_DEPTH;
    const inner = list();
    if (isArray(value)) {
      if (nested) return '[Array]';
      const n = value.length;
      for (let i = 0; i < n && i < MAX_ITEMS; i++) append(inner, i in value ? inspect(value[i], depth + 1, seen) : '<empty>');
      if (n > MAX_ITEMS) append(inner, '... ' + (n - MAX_ITEMS) + ' more items');
      return inner.length === 0 ? '[]' : '[ ' + join(inner, ', ') + ' ]';
    }
    if (isMap(value)) {
      if (nested) return '[Map]';
      const it = mapEntries(value);
      for (let step = mapIterNext(it); !step.done; step = mapIterNext(it)) {
        append(inner, inspect(step.value[0], depth + 1, seen) + ' => ' + inspect(step.value[1], depth + 1, seen));
      }
      return 'Map(' + mapSize(value) + ') ' + braces(inner);
    }
    if (isSet(value)) {
      if (nested) return '[Set]';
      const it = setValues(value);
      for (let step = setIterNext(it); !step.done; step = setIterNext(it)) append(inner, inspect(step.value, depth + 1, seen));
      return 'Set(' + setSize(value) + ') ' + braces(inner);
    }
    if (nested) return '[Object]';
    const proto = getPrototypeOf(value);
    const ctor = proto && hasOwn(proto, 'constructor') && typeof proto.constructor === 'function' ? proto.constructor.name : '';
    const prefix = proto === null ? '[Object: null prototype] ' : ctor && ctor !== 'Object' ? ctor + ' ' : '';
    const names = keys(value);
    for (let i = 0; i < names.length; i++) append(inner, key(names[i]) + ': ' + inspect(value[names[i]], depth + 1, seen));
    const symbols = getOwnPropertySymbols(value);
    for (let i = 0; i < symbols.length; i++) append(inner, key(symbols[i]) + ': ' + inspect(value[symbols[i]], depth + 1, seen));
    return prefix + braces(inner);
  }

  const format = (args) => {
    const parts = list();
    for (let i = 0; i < args.length; i++) append(parts, inspect(args[i], 0, list()));
    return join(parts, ' ');
  };
  const consoleObject = {};
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
    consoleObject[level] = function (...args) { write(level, format(args)); };
  }
  defineProperty(G, 'console', { value: consoleObject, writable: true, configurable: true, enumerable: false });

  // A virtual clock: time moves only when the next timer is due, so the same program always
  // sees the same times and the same order, however loaded the machine is.
  const EPOCH = 1704067200000; // 2024-01-01T00:00:00Z
  let now = 0;
  let sequence = 0;
  const timers = new Map();
  const toDelay = (ms) => { const n = +ms; return n > 0 ? n : 0; };
  // Due timers in a binary heap ordered by (time, sequence); cleared ones are dropped lazily.
  const heap = list();
  const before = (a, b) => a.at < b.at || (a.at === b.at && a.seq < b.seq);
  const heapPush = (entry) => {
    let i = heap.length;
    heap[i] = entry;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      const t = heap[i]; heap[i] = heap[parent]; heap[parent] = t;
      i = parent;
    }
  };
  const heapPop = () => {
    const top = heap[0];
    const last = heap[heap.length - 1];
    heap.length -= 1;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l], heap[m])) m = l;
        if (r < heap.length && before(heap[r], heap[m])) m = r;
        if (m === i) break;
        const t = heap[i]; heap[i] = heap[m]; heap[m] = t;
        i = m;
      }
    }
    return top;
  };
  const schedule = (callback, ms, args, repeat) => {
    if (typeof callback !== 'function') throw new TypeErrorCtor('The "callback" argument must be of type function');
    const id = ++sequence;
    const delay = toDelay(ms);
    const timer = { id, at: now + delay, seq: id, callback, args, every: repeat ? (delay > 1 ? delay : 1) : 0 };
    mapSet(timers, id, timer);
    heapPush({ at: timer.at, seq: timer.seq, timer });
    return id;
  };
  const clear = (id) => { mapDelete(timers, +id); };
  // An error thrown by a queueMicrotask callback is uncaught, as in Node: tick() rethrows it.
  // Kept without allocating, so that an out-of-memory error is not lost on the way.
  let hasUncaught = false;
  let uncaught;
  // await, not Promise.prototype.then: the program cannot reach into it.
  const microtask = async (callback) => {
    await undefined;
    try {
      callback();
    } catch (error) {
      if (!hasUncaught) { hasUncaught = true; uncaught = error; }
    }
  };
  // setImmediate, as Node runs it after I/O: each callback after the current task and its
  // microtasks, before any timer, in the order they were set.
  const immediates = list();
  let nextImmediate = 0;
  const pendingImmediates = new Map();
  const timerApi = {
    setImmediate: (callback, ...args) => {
      if (typeof callback !== 'function') throw new TypeErrorCtor('The "callback" argument must be of type function');
      const id = ++sequence;
      const entry = { id, callback, args };
      mapSet(pendingImmediates, id, entry);
      append(immediates, entry);
      return id;
    },
    clearImmediate: (id) => { mapDelete(pendingImmediates, +id); },
    setTimeout: (callback, ms, ...args) => schedule(callback, ms, args, false),
    setInterval: (callback, ms, ...args) => schedule(callback, ms, args, true),
    clearTimeout: clear,
    clearInterval: clear,
    queueMicrotask: (callback) => {
      if (typeof callback !== 'function') throw new TypeErrorCtor('The "callback" argument must be of type function');
      microtask(callback);
    },
  };
  for (const name of keys(timerApi)) {
    defineProperty(G, name, { value: timerApi[name], writable: true, configurable: true, enumerable: false });
  }

  function VirtualDate(...args) {
    if (!new.target) return dateToString(new OriginalDate(EPOCH + now));
    return construct(OriginalDate, args.length === 0 ? [EPOCH + now] : args, new.target);
  }
  defineProperty(VirtualDate, 'prototype', { value: OriginalDate.prototype, writable: false });
  defineProperty(VirtualDate.prototype, 'constructor', { value: VirtualDate, writable: true, configurable: true, enumerable: false });
  VirtualDate.now = () => EPOCH + now;
  VirtualDate.parse = OriginalDate.parse;
  VirtualDate.UTC = OriginalDate.UTC;
  defineProperty(G, 'Date', { value: VirtualDate, writable: true, configurable: true, enumerable: false });
  // performance.now() reads the virtual clock: milliseconds since the run began, moving only
  // when timers are due, so the same program measures the same durations on every machine.
  const performanceObject = {};
  defineProperty(performanceObject, 'now', { value: { now() { return now; } }.now, writable: true, configurable: true, enumerable: true });
  defineProperty(performanceObject, 'timeOrigin', { value: EPOCH, enumerable: true });
  defineProperty(G, 'performance', { value: performanceObject, writable: true, configurable: true, enumerable: false });

  // mulberry32: small, fast, and the same sequence everywhere for the same seed.
  let state = seed >>> 0;
  Math.random = function random() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const headroom = () => {
    try {
      new ArrayBufferCtor(1048576);
      return 1;
    } catch {
      return 0;
    }
  };

  const tick = () => {
    if (hasUncaught) {
      const error = uncaught;
      hasUncaught = false;
      uncaught = undefined;
      throw error;
    }
    while (nextImmediate < immediates.length) {
      const entry = immediates[nextImmediate++];
      if (nextImmediate === immediates.length) immediates.length = nextImmediate = 0;
      if (mapGet(pendingImmediates, entry.id) !== entry) continue;
      mapDelete(pendingImmediates, entry.id);
      apply(entry.callback, undefined, entry.args);
      return 1;
    }
    for (;;) {
      if (heap.length === 0) return 0;
      const entry = heapPop();
      const timer = entry.timer;
      // Skip entries of cleared timers and stale entries of rescheduled intervals.
      if (mapGet(timers, timer.id) !== timer || timer.seq !== entry.seq) continue;
      now = timer.at;
      if (timer.every > 0) {
        timer.at += timer.every;
        timer.seq = ++sequence;
        heapPush({ at: timer.at, seq: timer.seq, timer });
      } else {
        mapDelete(timers, timer.id);
      }
      apply(timer.callback, undefined, timer.args);
      return 1;
    }
  };

  // The host sets each run's seed: every run starts from the same image of this world.
  const reseed = (next) => { state = next >>> 0; };

  return { tick, headroom, reseed };
})`;
