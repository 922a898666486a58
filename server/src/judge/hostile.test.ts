import { afterAll, describe, expect, it } from 'vitest';
import { JudgePool } from './JudgePool.ts';
import type { ProgramResult } from './sandbox.ts';

// The hostile-program suite, through the real path: a worker of the pool, so that even a
// hang in native code (which no interrupt reaches) ends at the watchdog instead of here.
const pool = new JudgePool({ size: 2, graceMs: 1500 });
afterAll(() => pool.close());

const limits = { timeoutMs: 500 };
const run = (source: string) => pool.run({ key: 'hostile', source, limits });

describe('hostile programs, judged by the pool', () => {
  const cases: Array<[string, string, ProgramResult['verdict']]> = [
    ['an infinite loop', 'for (;;) {}', 'time_limit'],
    ['an infinite loop in a getter', 'const o = { get x() { for (;;) {} } }; o.x;', 'time_limit'],
    ['an infinite loop in finally', 'try { throw 1 } finally { while (true) {} }', 'time_limit'],
    ['an endless promise chain', 'const spin = () => Promise.resolve().then(spin); spin();', 'time_limit'],
    ['an endless timer', 'setInterval(() => {}, 1);', 'time_limit'],
    ['a loop that catches the interrupt', 'for (;;) { try { for (;;) {} } catch {} }', 'time_limit'],
    ['a memory bomb of arrays', 'const a = []; for (;;) a.push(new Array(1e5).fill(1));', 'memory_limit'],
    // Concatenation counts one step (see the cost model), so memory runs out before the budget.
    [
      'a memory bomb of strings',
      "const s = 'x'.repeat(1e6), k = []; for (let i = 0; ; i++) k.push(s + i);",
      'memory_limit',
    ],
    // QuickJS caps a string near 2^23 characters, as Node caps one at 2^29: a RangeError-like error.
    ['a string doubled past the maximum length', "let s = 'x'; for (;;) s += s;", 'runtime_error'],
    ['typed arrays beyond the limit', 'const k = []; for (;;) k.push(new Uint8Array(1 << 20));', 'memory_limit'],
    ['deep recursion', 'const f = (n) => f(n + 1) + 1; f(0);', 'runtime_error'],
    ['mutual recursion', 'function a(n) { return b(n + 1) } function b(n) { return a(n + 1) } a(0)', 'runtime_error'],
    ['an output flood', "for (;;) console.log('spam spam spam spam');", 'output_limit'],
    [
      'an output flood that swallows errors',
      "for (;;) { try { console.log('x'.repeat(1000)) } catch {} }",
      'output_limit',
    ],
    ['thousands of timers', 'for (let i = 0; i < 5000; i++) setTimeout(() => {}, i % 50);', 'accepted'],
    ['a catastrophic regular expression', "/^(a+)+$/.test('a'.repeat(40) + 'b')", 'time_limit'],
    [
      'Atomics.wait on a shared buffer',
      'Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)',
      'runtime_error',
    ],
    [
      'an infinite loop in Symbol.iterator',
      'const it = { [Symbol.iterator]() { return { next: () => ({ done: false }) } } }; for (const x of it) {}',
      'time_limit',
    ],
    ['a sort comparator that never returns', '[3, 1, 2].sort(() => { for (;;) {} })', 'time_limit'],
    ['a toString loop in string building', "const o = { toString() { for (;;) {} } }; 'x' + o", 'time_limit'],
    ['a recursive proxy', 'const p = new Proxy({}, { get: (t, k, r) => r[k] }); p.x', 'runtime_error'],
    // Native join checks no interrupt: the pool's watchdog ends it.
    ['a huge Array.prototype.join', 'new Array(1e8).join("ab")', 'time_limit'],
    [
      'replacing JSON, Object.defineProperty and Array.prototype',
      'JSON.stringify = null; Object.defineProperty = null; Array.prototype.push = null; Array.prototype[Symbol.iterator] = null; console.log("still fine", [1, 2])',
      'accepted',
    ],
    [
      'reaching for the host through constructors',
      "console.log((function () { return this })().constructor.constructor('return typeof process + typeof require')())",
      'accepted',
    ],
  ];

  it.each(cases)('contains %s', async (_name, source, verdict) => {
    const result = await run(source);
    expect(result.verdict).toBe(verdict);
    expect(result.timeMs).toBeLessThan(limits.timeoutMs + 1500);
    // The worker is fine: the next run works normally.
    expect(await run('console.log("next")')).toMatchObject({ verdict: 'accepted', stdout: 'next' });
  });

  it('contains a microtask bomb that also allocates', async () => {
    const result = await run(
      // Typed arrays cost no steps, so memory runs out before the step budget.
      'const a = []; const f = () => { a.push(new Float64Array(1e5)); queueMicrotask(f) }; f()',
    );
    // Out of memory inside a microtask, the error can no longer be dumped (it arrives as an
    // empty string in a worker), so it is not yet told apart from other errors: see issue 3.
    expect(['memory_limit', 'runtime_error']).toContain(result.verdict);
    expect(await run('console.log("next")')).toMatchObject({ verdict: 'accepted', stdout: 'next' });
  });

  it('finds no host through the constructor chain', async () => {
    const result = await run(
      "console.log((function () { return this })().constructor.constructor('return typeof process + typeof require')())",
    );
    expect(result.stdout).toBe('undefinedundefined');
  });

  it('treats an error thrown in a queueMicrotask callback as uncaught, as Node does', async () => {
    const result = await run(
      'queueMicrotask(() => { throw new TypeError("in a microtask") }); setTimeout(() => console.log("never"), 10)',
    );
    expect(result).toMatchObject({ verdict: 'runtime_error', error: { name: 'TypeError', message: 'in a microtask' } });
    expect(result.stdout).toBe('');
  });

  it('keeps the output of a tampered console honest', async () => {
    const result = await run('Array.prototype.join = () => "forged"; console.log([1, 2], "a", "b")');
    expect(result.stdout).toBe('[ 1, 2 ] a b');
  });
});
