/**
 * JavaScript evaluated in every fresh QuickJS context before the candidate's code. It gives
 * the program a deterministic world: a virtual clock behind the timer functions and
 * `Date`, a seeded `Math.random`, and a `console` that formats like Node's and writes
 * through a host function it keeps in its closure (never on the global object).
 *
 * It evaluates to a function `(write, seed) => tick`. The host calls `tick()` whenever the
 * microtask queue is empty: it runs the earliest due timer (advancing virtual time) and
 * returns 1, or returns 0 when no timer is left.
 *
 * Intrinsics are captured up front so that a program replacing `Array.prototype.map` or
 * `JSON.stringify` cannot break (or steer) the console or the clock.
 */
export const PRELUDE_SOURCE = String.raw`(function (write, seed) {
  'use strict';
  const G = globalThis;
  const OriginalDate = Date;
  const { defineProperty, keys, getPrototypeOf, getOwnPropertySymbols } = Object;
  const { isArray } = Array;
  const uncurry = (fn) => (self, ...args) => Reflect.apply(fn, self, args);
  const mapEntries = uncurry(Map.prototype.entries);
  const setValues = uncurry(Set.prototype.values);
  const mapSize = uncurry(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get);
  const setSize = uncurry(Object.getOwnPropertyDescriptor(Set.prototype, 'size').get);
  const isMap = (v) => { try { mapSize(v); return true; } catch { return false; } };
  const isSet = (v) => { try { setSize(v); return true; } catch { return false; } };
  const dateToISO = uncurry(OriginalDate.prototype.toISOString);
  const isDate = (v) => { try { dateToISO(v); return true; } catch { return false; } };
  const join = uncurry(Array.prototype.join);
  const push = uncurry(Array.prototype.push);
  const stringify = JSON.stringify;
  const StringCtor = String;
  const ObjectIs = Object.is;
  const hasOwn = Object.prototype.hasOwnProperty;
  const hasOwnCall = uncurry(hasOwn);
  const identifier = /^[A-Za-z_$][\w$]*$/;
  const regexpTest = uncurry(RegExp.prototype.test);
  const fnToString = uncurry(Function.prototype.toString);
  const MAX_DEPTH = 2;
  const MAX_ITEMS = 100;

  const quote = (s) => "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
  const key = (k) => (typeof k === 'symbol' ? '[' + StringCtor(k) + ']' : regexpTest(identifier, k) ? k : quote(k));

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
        return src.startsWith('class') ? '[class' + (value.name ? ' ' + value.name : '') + ']' : '[Function' + name + ']';
      }
    }
    if (value === null) return 'null';
    if (seen.includes(value)) return '[Circular]';
    if (value instanceof Error) {
      const stack = typeof value.stack === 'string' ? '\n' + value.stack.replace(/\n$/, '') : '';
      return StringCtor(value.name) + ': ' + StringCtor(value.message) + stack;
    }
    if (isDate(value)) return dateToISO(value);
    const nested = depth >= MAX_DEPTH;
    const inner = [];
    const next = seen.concat([value]);
    if (isArray(value)) {
      if (nested) return '[Array]';
      const n = value.length;
      for (let i = 0; i < n && i < MAX_ITEMS; i++) push(inner, i in value ? inspect(value[i], depth + 1, next) : '<empty>');
      if (n > MAX_ITEMS) push(inner, '... ' + (n - MAX_ITEMS) + ' more items');
      return inner.length === 0 ? '[]' : '[ ' + join(inner, ', ') + ' ]';
    }
    if (isMap(value)) {
      if (nested) return '[Map]';
      for (const [k, v] of mapEntries(value)) push(inner, inspect(k, depth + 1, next) + ' => ' + inspect(v, depth + 1, next));
      return 'Map(' + mapSize(value) + ') ' + (inner.length === 0 ? '{}' : '{ ' + join(inner, ', ') + ' }');
    }
    if (isSet(value)) {
      if (nested) return '[Set]';
      for (const v of setValues(value)) push(inner, inspect(v, depth + 1, next));
      return 'Set(' + setSize(value) + ') ' + (inner.length === 0 ? '{}' : '{ ' + join(inner, ', ') + ' }');
    }
    if (nested) return '[Object]';
    const proto = getPrototypeOf(value);
    const ctor = proto && hasOwnCall(proto, 'constructor') && typeof proto.constructor === 'function' ? proto.constructor.name : '';
    const prefix = proto === null ? '[Object: null prototype] ' : ctor && ctor !== 'Object' ? ctor + ' ' : '';
    for (const k of keys(value)) push(inner, key(k) + ': ' + inspect(value[k], depth + 1, next));
    for (const s of getOwnPropertySymbols(value)) push(inner, key(s) + ': ' + inspect(value[s], depth + 1, next));
    return prefix + (inner.length === 0 ? '{}' : '{ ' + join(inner, ', ') + ' }');
  }

  const format = (args) => {
    const parts = [];
    for (let i = 0; i < args.length; i++) push(parts, inspect(args[i], 0, []));
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
  const heap = [];
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
    const last = heap.pop();
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
    if (typeof callback !== 'function') throw new TypeError('The "callback" argument must be of type function');
    const id = ++sequence;
    const delay = toDelay(ms);
    const timer = { id, at: now + delay, seq: id, callback, args, every: repeat ? (delay > 1 ? delay : 1) : 0 };
    timers.set(id, timer);
    heapPush({ at: timer.at, seq: timer.seq, timer });
    return id;
  };
  const clear = (id) => { timers.delete(+id); };
  // An error thrown by a queueMicrotask callback is uncaught, as in Node: tick() rethrows it.
  let uncaught = null;
  const timerApi = {
    setTimeout: (callback, ms, ...args) => schedule(callback, ms, args, false),
    setInterval: (callback, ms, ...args) => schedule(callback, ms, args, true),
    clearTimeout: clear,
    clearInterval: clear,
    queueMicrotask: (callback) => {
      if (typeof callback !== 'function') throw new TypeError('The "callback" argument must be of type function');
      Promise.resolve().then(() => {
        try { callback(); } catch (error) { if (uncaught === null) uncaught = { error }; }
      });
    },
  };
  for (const name of keys(timerApi)) {
    defineProperty(G, name, { value: timerApi[name], writable: true, configurable: true, enumerable: false });
  }

  function VirtualDate(...args) {
    if (!new.target) return new OriginalDate(EPOCH + now).toString();
    return args.length === 0 ? new OriginalDate(EPOCH + now) : new OriginalDate(...args);
  }
  VirtualDate.prototype = OriginalDate.prototype;
  defineProperty(VirtualDate.prototype, 'constructor', { value: VirtualDate, writable: true, configurable: true, enumerable: false });
  VirtualDate.now = () => EPOCH + now;
  VirtualDate.parse = OriginalDate.parse;
  VirtualDate.UTC = OriginalDate.UTC;
  defineProperty(G, 'Date', { value: VirtualDate, writable: true, configurable: true, enumerable: false });

  // mulberry32: small, fast, and the same sequence everywhere for the same seed.
  let state = seed >>> 0;
  Math.random = function random() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  return function tick() {
    if (uncaught !== null) {
      const { error } = uncaught;
      uncaught = null;
      throw error;
    }
    for (;;) {
      if (heap.length === 0) return 0;
      const entry = heapPop();
      const timer = entry.timer;
      // Skip entries of cleared timers and stale entries of rescheduled intervals.
      if (timers.get(timer.id) !== timer || timer.seq !== entry.seq) continue;
      now = timer.at;
      if (timer.every > 0) {
        timer.at += timer.every;
        timer.seq = ++sequence;
        heapPush({ at: timer.at, seq: timer.seq, timer });
      } else {
        timers.delete(timer.id);
      }
      Reflect.apply(timer.callback, undefined, timer.args);
      return 1;
    }
  };
})`;
