import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { CodeError, PlainValue } from '@dryrun/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { JudgePool } from './JudgePool.ts';
import type { EntryCall, ProgramResult } from './sandbox.ts';

// The hostile-program suite, through the real path: a worker of the pool, so that even a
// hang in native code (which no interrupt reaches) ends at the watchdog instead of here.
const pool = new JudgePool({ size: 2, graceMs: 1500 });
afterAll(() => pool.close());

/**
 * Programs that must run out of time get a short deadline; every other one a long deadline,
 * so that even on a loaded machine it ends the way it must (out of memory, output, or done)
 * well before it.
 */
const deadline = (verdict: ProgramResult['verdict']) => (verdict === 'time_limit' ? 500 : 10_000);

interface Hostile {
  name: string;
  source: string;
  verdict: ProgramResult['verdict'];
  /** Function or class mode; without it the program just runs. */
  call?: EntryCall;
  /** The whole output, when it matters. */
  stdout?: string;
  error?: Partial<CodeError>;
  /** The answer the host copied out: the real data, never what the program pretends. */
  value?: PlainValue;
}

const solve = (...args: PlainValue[]): EntryCall => ({ entry: 'solve', args });

// Globals a fresh context has, from the language, the QuickJS build, or the prelude.
const STANDARD_GLOBALS = [
  'AggregateError Array ArrayBuffer BigInt BigInt64Array BigUint64Array Boolean DataView Date Error EvalError',
  'FinalizationRegistry Float16Array Float32Array Float64Array Function Infinity Int16Array Int32Array Int8Array',
  'InternalError Iterator JSON Map Math NaN Number Object Promise Proxy RangeError ReferenceError Reflect RegExp Set',
  'SharedArrayBuffer String Symbol SyntaxError TypeError URIError Uint16Array Uint32Array Uint8Array',
  'Uint8ClampedArray WeakMap WeakRef WeakSet decodeURI decodeURIComponent encodeURI encodeURIComponent escape eval',
  'globalThis isFinite isNaN parseFloat parseInt undefined unescape',
  'console setTimeout setInterval clearTimeout clearInterval queueMicrotask setImmediate clearImmediate performance',
  'structuredClone atob btoa TextEncoder TextDecoder',
].join(' ');

/** Every hostile program, with exactly what it must come to. */
const catalog: Hostile[] = [
  // Infinite loops, wherever they hide.
  { name: 'an infinite loop', source: 'for (;;) {}', verdict: 'time_limit' },
  {
    name: 'an infinite loop in a getter',
    source: 'const o = { get x() { for (;;) {} } }; o.x;',
    verdict: 'time_limit',
  },
  { name: 'an infinite loop in finally', source: 'try { throw 1 } finally { while (true) {} }', verdict: 'time_limit' },
  {
    name: 'an endless promise chain',
    source: 'const spin = () => Promise.resolve().then(spin); spin();',
    verdict: 'time_limit',
  },
  {
    name: 'an infinite loop after an await',
    source: '(async () => { await null; for (;;) {} })()',
    verdict: 'time_limit',
  },
  { name: 'an endless timer', source: 'setInterval(() => {}, 1);', verdict: 'time_limit' },
  {
    name: 'a timer that re-arms itself at 0 ms',
    source: 'const f = () => setTimeout(f, 0); f();',
    verdict: 'time_limit',
  },
  {
    name: 'a loop that catches the interrupt',
    source: 'for (;;) { try { for (;;) {} } catch {} }',
    verdict: 'time_limit',
  },
  // Code made by eval is not instrumented: only the deadline stops it.
  { name: 'an infinite loop made with eval', source: "eval('for (;;) {}')", verdict: 'time_limit' },
  {
    name: 'an infinite loop in Symbol.iterator',
    source: 'const it = { [Symbol.iterator]() { return { next: () => ({ done: false }) } } }; for (const x of it) {}',
    verdict: 'time_limit',
  },
  {
    name: 'a sort comparator that never returns',
    source: '[3, 1, 2].sort(() => { for (;;) {} })',
    verdict: 'time_limit',
  },
  {
    name: 'a toString loop in string building',
    source: "const o = { toString() { for (;;) {} } }; 'x' + o",
    verdict: 'time_limit',
  },
  // A string longer than the heap: refused before the native join (which checks no
  // interrupt) could spend seconds building it.
  { name: 'a huge Array.prototype.join', source: 'new Array(1e8).join("ab")', verdict: 'memory_limit' },

  // Catastrophic regular expressions.
  { name: 'a catastrophic regular expression', source: "/^(a+)+$/.test('a'.repeat(40) + 'b')", verdict: 'time_limit' },
  { name: 'a catastrophic alternation', source: "/(a|a)*$/.test('a'.repeat(40) + '!')", verdict: 'time_limit' },
  { name: 'a catastrophic replace', source: "'a'.repeat(40).replace(/(a*)*b/, '')", verdict: 'time_limit' },

  // Memory bombs.
  {
    name: 'a memory bomb of arrays',
    source: 'const a = []; for (;;) a.push(new Array(1e5).fill(1));',
    verdict: 'memory_limit',
  },
  // Concatenation counts one step (see the cost model), so memory runs out before the budget.
  {
    name: 'a memory bomb of strings',
    source: "const s = 'x'.repeat(1e6), k = []; for (let i = 0; ; i++) k.push(s + i);",
    verdict: 'memory_limit',
  },
  {
    name: 'typed arrays beyond the limit',
    source: 'const k = []; for (;;) k.push(new Uint8Array(1 << 20));',
    verdict: 'memory_limit',
  },
  {
    name: 'a memory bomb of small objects',
    source: 'const keep = []; for (;;) keep.push({ a: {}, b: {} })',
    verdict: 'memory_limit',
  },
  { name: 'one allocation beyond the limit', source: 'new ArrayBuffer(2 ** 30)', verdict: 'memory_limit' },
  // 72 MB live at the end, under the WebAssembly cap but over the 64 MiB limit.
  {
    name: 'a heap over the limit that ends quietly',
    source: 'const a = []; for (let i = 0; i < 90; i++) a.push(new Float64Array(1e5)); console.log(a.length)',
    verdict: 'memory_limit',
    stdout: '90',
  },
  {
    name: 'a microtask bomb of typed arrays',
    source: 'const a = []; const f = () => { a.push(new Float64Array(1e5)); queueMicrotask(f) }; f()',
    verdict: 'memory_limit',
  },
  // Out of memory in a microtask, with the heap full of small objects: the error cannot even
  // be described any more (it used to end as an empty "Uncaught" runtime error), so the heap tells.
  {
    name: 'a microtask bomb of objects',
    source:
      'const a = []; const f = () => { a.push(Array.from({ length: 1000 }, () => ({}))); queueMicrotask(f) }; f()',
    verdict: 'memory_limit',
  },
  // The error rejects a promise nobody handles: the run would otherwise end "accepted".
  {
    name: 'a promise-chain bomb that allocates',
    source: 'const a = []; const f = () => { a.push(new Float64Array(1e5)); return Promise.resolve().then(f) }; f()',
    verdict: 'memory_limit',
  },
  {
    name: 'a memory bomb that catches its out-of-memory error',
    source:
      "const a = []; try { for (;;) a.push(new Float64Array(1e5)) } catch (e) { console.log('survived', e.message) }",
    verdict: 'memory_limit',
    stdout: 'survived out of memory',
  },
  // QuickJS caps a string near 2^30 bytes, as Node caps one at 2^29 characters: an error, not a memory verdict.
  {
    name: 'a string doubled past the maximum length',
    source: "let s = 'x'; for (;;) s += s;",
    verdict: 'runtime_error',
    error: { name: 'InternalError', message: 'string too long' },
  },

  // Deep and mutual recursion.
  {
    name: 'deep recursion',
    source: 'const f = (n) => f(n + 1) + 1; f(0);',
    verdict: 'runtime_error',
    error: { name: 'InternalError', message: 'stack overflow' },
  },
  {
    name: 'mutual recursion',
    source: 'function a(n) { return b(n + 1) } function b(n) { return a(n + 1) } a(0)',
    verdict: 'runtime_error',
    error: { name: 'InternalError', message: 'stack overflow' },
  },
  {
    name: 'recursion through a getter',
    source: 'const o = { get x() { return this.x } }; o.x',
    verdict: 'runtime_error',
  },
  {
    name: 'a recursive proxy',
    source: 'const p = new Proxy({}, { get: (t, k, r) => r[k] }); p.x',
    verdict: 'runtime_error',
  },
  {
    name: 'a parser driven into deep recursion',
    source: "JSON.parse('['.repeat(1e5) + ']'.repeat(1e5))",
    verdict: 'runtime_error',
  },
  // Every overflow is caught and recursed into again: exponential, and slow to interrupt.
  {
    name: 'recursion that catches its own stack overflow',
    source: 'function f() { try { f() } catch { f() } } f()',
    verdict: 'time_limit',
  },

  // Output floods.
  { name: 'an output flood', source: "for (;;) console.log('spam spam spam spam');", verdict: 'output_limit' },
  {
    name: 'an output flood that swallows errors',
    source: "for (;;) { try { console.log('x'.repeat(1000)) } catch {} }",
    verdict: 'output_limit',
  },
  { name: 'one enormous line', source: "console.log('x'.repeat(1e6))", verdict: 'output_limit' },
  {
    name: 'an output flood from a timer',
    source: "setInterval(() => console.log('tick tock'), 1)",
    verdict: 'output_limit',
  },
  { name: 'a flood of error stacks', source: "for (;;) console.error(new Error('spam'))", verdict: 'output_limit' },

  // Timers, by the thousand.
  {
    name: 'thousands of timers',
    source: 'for (let i = 0; i < 5000; i++) setTimeout(() => {}, i % 50);',
    verdict: 'accepted',
  },
  {
    name: 'twenty thousand timers, half of them cleared',
    source: `let n = 0; const ids = [];
      for (let i = 0; i < 20000; i++) ids.push(setTimeout(() => n++, i % 100));
      for (let i = 0; i < 20000; i += 2) clearTimeout(ids[i]);
      setTimeout(() => console.log(n), 1000);`,
    verdict: 'accepted',
    stdout: '10000',
  },
  {
    name: 'timers that double every tick',
    source: 'const f = () => { setTimeout(f, 1); setTimeout(f, 1) }; f()',
    verdict: 'time_limit',
  },
  // Out of memory in small pieces the error object itself cannot be made: it used to end as "Uncaught".
  {
    name: 'timers made without end',
    source: 'for (;;) setTimeout(() => {}, 1e9, new Float64Array(64))',
    verdict: 'memory_limit',
  },

  // SharedArrayBuffer and Atomics: this QuickJS build has no Atomics, so nothing can block.
  {
    name: 'Atomics.wait on a shared buffer',
    source: 'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)',
    verdict: 'runtime_error',
    error: { name: 'ReferenceError' },
  },
  { name: 'a shared buffer beyond the limit', source: 'new SharedArrayBuffer(2 ** 30)', verdict: 'memory_limit' },

  // Tampering with built-ins the console, the clock and the harness use.
  {
    name: 'replacing JSON, Object.defineProperty and Array.prototype',
    source:
      'JSON.stringify = null; Object.defineProperty = null; Array.prototype.push = null; Array.prototype[Symbol.iterator] = null; console.log("still fine", [1, 2], { a: 1 })',
    verdict: 'accepted',
    stdout: 'still fine [ 1, 2 ] { a: 1 }',
  },
  {
    name: 'replacing Map, Reflect and Array methods the clock uses',
    source: `Map.prototype.get = () => undefined; Map.prototype.set = null; Map.prototype.delete = null;
      Reflect.apply = null; Array.prototype.pop = () => { throw new Error('pop') };
      setTimeout(() => console.log('timer at', Date.now()), 5);
      const i = setInterval(() => { console.log('interval'); clearInterval(i) }, 3);`,
    verdict: 'accepted',
    stdout: 'interval\ntimer at 1704067200005',
  },
  {
    name: 'replacing Promise.prototype.then before queueMicrotask',
    source: "Promise.prototype.then = () => { throw new Error('then') }; queueMicrotask(() => console.log('micro'))",
    verdict: 'accepted',
    stdout: 'micro',
  },
  {
    name: 'replacing what the console formats with',
    source: `const m = new Map([[1, 'one']]);
      Array.prototype.includes = () => true; Array.prototype.concat = null; Array.prototype.join = () => 'forged';
      String.prototype.replace = () => 'forged'; String.prototype.startsWith = () => { throw 1 };
      RegExp.prototype.exec = () => null; Array.prototype[Symbol.iterator] = null;
      Object.defineProperty(Array.prototype, '0', { set() {}, get() { return 'forged' } });
      Object.prototype.isPrototypeOf = () => true;
      console.log([1, [2]], { 'a b': "it's" }, m, class A {}, new Error('real').message)`,
    verdict: 'accepted',
    stdout: "[ 1, [ 2 ] ] { 'a b': 'it\\'s' } Map(1) { 1 => 'one' } [class A] real",
  },
  {
    name: 'a queueMicrotask callback that throws',
    source:
      'queueMicrotask(() => { throw new TypeError("in a microtask") }); setTimeout(() => console.log("never"), 10)',
    verdict: 'runtime_error',
    error: { name: 'TypeError', message: 'in a microtask' },
    stdout: '',
  },
  // The host reads the step counter; code made by eval can assign it, but not make the host run code.
  {
    name: 'a step counter replaced by an object whose valueOf never returns',
    source: "eval('__dryrun$steps = { valueOf() { for (;;) {} } }')",
    verdict: 'accepted',
  },

  // Answers that try to fool the comparison: the host sees one snapshot of own data.
  {
    name: 'a proxy whose get trap lies',
    source: "function solve() { return new Proxy([1, 2, 3], { get: (t, k) => (k === 'length' ? 1e9 : 'forged') }) }",
    call: solve(),
    verdict: 'accepted',
    value: [1, 2, 3],
  },
  {
    name: 'a proxy whose ownKeys trap loops',
    source: 'function solve() { return new Proxy({}, { ownKeys() { for (;;) {} } }) }',
    call: solve(),
    verdict: 'time_limit',
  },
  {
    name: 'a proxy whose descriptor trap throws',
    source:
      "function solve() { return new Proxy({ a: 1 }, { getOwnPropertyDescriptor() { throw new Error('trap') } }) }",
    call: solve(),
    verdict: 'runtime_error',
    error: { name: 'Error', message: 'trap' },
  },
  {
    name: 'getters that change on every read',
    source: 'function solve() { let n = 0; return { stable: 1, get x() { return ++n }, get y() { for (;;) {} } } }',
    call: solve(),
    verdict: 'accepted',
    value: { stable: 1 },
  },
  {
    name: 'toJSON, valueOf, toString and Symbol.toPrimitive on the answer',
    source: `function solve() {
      const lie = () => 42;
      Object.prototype.toJSON = lie; Array.prototype.toJSON = lie;
      return { answer: [7], valueOf: lie, toString: lie, [Symbol.toPrimitive]: lie };
    }`,
    call: solve(),
    verdict: 'accepted',
    value: { answer: [7], valueOf: '[Function] lie', toString: '[Function] lie' },
  },
  {
    name: 'an answer with a poisoned prototype',
    source: `function solve() {
      const proto = { inherited: 'forged', get computed() { return 'forged' } };
      const answer = Object.create(proto); answer.own = 1;
      const list = [1, 2]; Object.setPrototypeOf(list, { length: 99, 2: 'forged' });
      return { answer, list };
    }`,
    call: solve(),
    verdict: 'accepted',
    value: { answer: { own: 1 }, list: [1, 2] },
  },
  {
    name: 'setters and a value on the prototypes the copy is made of',
    source: `function solve() {
      Object.defineProperty(Array.prototype, '0', { set() {}, get() { return ['s', 'forged'] } });
      Object.defineProperty(Object.prototype, '0', { set() {}, get() { return 'forged' } });
      Object.prototype.value = 'forged';
      return [{ a: 1, get b() { return 2 } }, new Map([[1, [2]]]), new Set(['x'])];
    }`,
    call: solve(),
    verdict: 'accepted',
    value: [{ a: 1 }, new Map([[1, [2]]]), new Set(['x'])],
  },
  {
    name: 'replacing the built-ins a copy could use',
    source: `function solve() {
      const answer = { m: new Map([['k', 1]]), s: new Set([2]), a: [3], sym: Symbol('real') };
      Object.defineProperty(Symbol.prototype, 'description', { get: () => 'forged' });
      const fake = () => { throw new Error('tampered') };
      Array.prototype[Symbol.iterator] = fake; Object.defineProperty = fake; JSON.stringify = fake;
      Reflect.ownKeys = fake; Reflect.getOwnPropertyDescriptor = fake; Reflect.apply = fake; Array.isArray = fake;
      Map.prototype.entries = fake; Set.prototype.values = fake; Map.prototype[Symbol.iterator] = fake;
      return answer;
    }`,
    call: solve(),
    verdict: 'accepted',
    value: { m: new Map([['k', 1]]), s: new Set([2]), a: [3], sym: '[Symbol] real' },
  },
  {
    name: 'replacing Promise.prototype.then before returning a promise',
    source: "async function solve(x) { Promise.prototype.then = () => 'forged'; return x * 2 }",
    call: solve(21),
    verdict: 'accepted',
    value: 42,
  },
  {
    name: 'an entry point that is a looping getter',
    source: "Object.defineProperty(globalThis, 'solve', { get() { for (;;) {} } })",
    call: solve(),
    verdict: 'time_limit',
  },
  {
    name: 'a promise that never settles',
    source: 'function solve() { return new Promise(() => {}) }',
    call: solve(),
    verdict: 'runtime_error',
    error: { message: 'The promise solve returned never settled' },
  },

  // Classes: a hostile constructor or method.
  {
    name: 'a constructor that loops forever',
    source: 'class Counter { constructor() { for (;;) {} } inc() { return 1 } }',
    call: { entry: 'Counter', calls: [['new'], ['inc']] },
    verdict: 'time_limit',
  },
  {
    name: 'a method returning a promise that never settles',
    source: 'class Counter { wait() { return new Promise(() => {}) } }',
    call: { entry: 'Counter', calls: [['new'], ['wait']] },
    verdict: 'runtime_error',
    error: { message: 'The promise wait() returned never settled' },
  },
  {
    name: 'a method that deletes itself',
    source: 'class Counter { n = 0; inc() { delete Counter.prototype.inc; return ++this.n } }',
    call: { entry: 'Counter', calls: [['new'], ['inc'], ['inc']] },
    verdict: 'runtime_error',
    error: { name: 'TypeError', message: 'inc is not a method of the object' },
  },
  {
    name: 'a method behind a looping getter',
    source: 'class Counter { get inc() { for (;;) {} } }',
    call: { entry: 'Counter', calls: [['new'], ['inc']] },
    verdict: 'time_limit',
  },

  // Reaching for the host.
  {
    name: 'reaching for the host through constructors',
    source:
      "console.log((function () { return this })().constructor.constructor('return typeof process + typeof require')())",
    verdict: 'accepted',
    stdout: 'undefinedundefined',
  },
  {
    name: 'this.constructor.constructor returning process',
    source: "this.constructor.constructor('return process')()",
    verdict: 'runtime_error',
    error: { name: 'ReferenceError' },
  },
  {
    name: 'import() of a Node module',
    source: "import('fs').then(() => console.log('reached'), (e) => console.log('refused', e.name))",
    verdict: 'accepted',
    stdout: 'refused ReferenceError',
  },
  { name: 'require', source: "require('fs')", verdict: 'runtime_error', error: { name: 'ReferenceError' } },
  { name: 'process.exit', source: 'process.exit(0)', verdict: 'runtime_error', error: { name: 'ReferenceError' } },
  {
    name: 'probing globalThis for anything non-standard',
    source: `const g = Function('return this')();
      const standard = new Set(${JSON.stringify(STANDARD_GLOBALS)}.split(' '));
      const extra = Object.getOwnPropertyNames(g).filter((k) => !standard.has(k));
      const probes = ['write', 'tick', 'hook', '__dryrun$hook', 'std', 'os', 'print', 'scriptArgs', 'require',
        'module', 'process', 'Buffer', 'global', '__dryrun$charge', 'WebAssembly', 'Worker', 'fetch'];
      console.log(g === globalThis, extra.length === 0 ? 'nothing else' : extra.join(), probes.filter((p) => p in g).join() || 'none');`,
    verdict: 'accepted',
    stdout: 'true nothing else none',
  },
];

const run = ({ source, call, verdict }: Pick<Hostile, 'source' | 'call' | 'verdict'>) =>
  pool.run({ key: 'hostile', source, limits: { timeoutMs: deadline(verdict) }, ...(call ? { call } : {}) });

describe('hostile programs, judged by the pool', () => {
  it('has at least 45 of them', () => {
    expect(new Set(catalog.map((c) => c.name)).size).toBe(catalog.length);
    expect(catalog.length).toBeGreaterThanOrEqual(45);
  });

  it.each(catalog)(
    'contains $name',
    async (hostile) => {
      const result = await run(hostile);
      expect(result.verdict).toBe(hostile.verdict);
      if (hostile.stdout !== undefined) expect(result.stdout).toBe(hostile.stdout);
      if (hostile.error !== undefined) expect(result.error).toMatchObject(hostile.error);
      if ('value' in hostile) expect(result.value).toEqual(hostile.value);
      else expect(result.value).toBeUndefined();
      expect(result.timeMs).toBeLessThan(deadline(hostile.verdict) + 1500);
      // The worker is fine: the next run works normally.
      const next = await run({ source: 'console.log("next")', verdict: 'accepted' });
      expect(next).toMatchObject({ verdict: 'accepted', stdout: 'next' });
    },
    30_000,
  );

  it("keeps the host's event loop responsive, and other rooms served, while hostile programs run", async () => {
    // Each runs 2 s (the join until the watchdog ends it), and would hold this thread as long
    // if it ran here. The loop may stall for scheduling noise (a loaded two-core machine has
    // shown half a second with nothing on it blocking), but never for half a program's run.
    const HOLD_MS = 2000;
    const names = [
      'an infinite loop',
      'a huge Array.prototype.join',
      'a catastrophic regular expression',
      'an endless timer',
      'a memory bomb of arrays',
      'an output flood',
      'deep recursion',
    ];
    const batch = catalog.filter((c) => names.includes(c.name));
    expect(batch).toHaveLength(names.length);
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    let hostileDone = 0;
    const hostile = Promise.all(
      batch.map(async ({ source, verdict }) => {
        const timeoutMs = verdict === 'time_limit' ? HOLD_MS : deadline(verdict);
        const result = await pool.run({ key: 'hostile', source, limits: { timeoutMs } });
        hostileDone++;
        return result.verdict;
      }),
    );
    // Another room's job is taken before the hostile room's queue drains, and runs normally.
    const bystander = await pool.run({ key: 'bystander', source: 'console.log([1, 2, 3].map((x) => x * 2))' });
    expect(bystander).toMatchObject({ verdict: 'accepted', stdout: '[ 2, 4, 6 ]' });
    expect(hostileDone).toBeLessThan(batch.length);
    expect(await hostile).toEqual(batch.map((c) => c.verdict));
    lag.disable();
    expect(lag.max / 1e6).toBeLessThan(HOLD_MS / 2);
  }, 60_000);

  it("never shows a problem's harness source to the program", async () => {
    // Every function reachable from a global, its statics and its prototype, as a program
    // would print it: the harness's own (a driver, ListNode) must read as native code.
    const probe = `
      const seen = new Set();
      const show = (value, depth) => {
        if (depth > 2 || seen.has(value)) return;
        seen.add(value);
        if (typeof value === 'function') console.log(String(value), Function.prototype.toString.call(value) + '');
        else if (typeof value !== 'object' || value === null) return;
        for (const key of Reflect.ownKeys(value)) {
          const d = Object.getOwnPropertyDescriptor(value, key);
          for (const part of [d.value, d.get, d.set]) show(part, depth + 1);
        }
      };
      for (const key of Reflect.ownKeys(globalThis)) show(globalThis[key], 0);
    `;
    const problems = new URL('../../../problems/', import.meta.url);
    const harnesses = readdirSync(problems).filter((slug) => existsSync(new URL(`${slug}/harness.js`, problems)));
    expect(harnesses.length).toBeGreaterThan(10);
    for (const slug of harnesses) {
      const harness = readFileSync(new URL(`${slug}/harness.js`, problems), 'utf8');
      const result = await pool.run({ key: 'harness', source: probe, harness, limits: { timeoutMs: 10_000 } });
      expect(result.verdict, `${slug}: ${JSON.stringify(result.error)}`).toBe('accepted');
      const shown = result.stdout.split(/(?=function |class )/).map((s) => s.trim());
      const leaked = shown.filter((text) => text && !/^function [^(]*\(\) \{\s+\[native code\]\s+\}$/.test(text));
      expect(leaked, slug).toEqual([]);
    }
    // A callback the harness hands to the candidate's code reads as native code too, while
    // the candidate's own functions keep their source.
    const debounce = readFileSync(new URL('debounce/harness.js', problems), 'utf8');
    const handed = await pool.run({
      key: 'harness',
      source: `function debounce(fn, wait) { console.log(String(fn)); console.log(String(debounce)); return fn; }`,
      harness: debounce,
      call: { entry: 'runDebounce', args: [10, [{ at: 0, args: [1] }]] },
      limits: { timeoutMs: 10_000 },
    });
    const [callback, own] = handed.stdout.split(/\n(?=function debounce)/);
    expect(callback).toBe('function fn() {\n    [native code]\n}');
    expect(own).toMatch(/^function debounce\(fn, wait\) \{.*console\.log\(String\(fn\)\);/);
  }, 120_000);

  // Node fails a program whose promise rejects with no handler; the sandbox cannot see that
  // yet (see the note in sandbox.ts). Marked as failing, so that the day it works this says so.
  it.fails('fails a program on an unhandled rejection, as Node does', async () => {
    const result = await run({ source: "Promise.reject(new Error('nobody catches this'))", verdict: 'runtime_error' });
    expect(result).toMatchObject({ verdict: 'runtime_error', error: { message: 'nobody catches this' } });
  });
});
