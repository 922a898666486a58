import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type SandboxLimits } from './limits.ts';
import { QuickJSHost } from './QuickJSHost.ts';
import { type ProgramResult, runProgram } from './sandbox.ts';

const limits: SandboxLimits = { ...DEFAULT_LIMITS, timeoutMs: 500 };
const host = new QuickJSHost(limits);
const run = (source: string, overrides: Partial<SandboxLimits> = {}, seed?: number): Promise<ProgramResult> =>
  runProgram(host, source, { limits: { ...limits, ...overrides }, ...(seed === undefined ? {} : { seed }) });

afterAll(() => host.recycle());

describe('runProgram', () => {
  it('runs a program and captures its console like Node', async () => {
    const result = await run(`
      console.log('hello', 42, -0, 10n, true, null, undefined);
      console.log([1, 'two', [3, [4, [5]]]], { a: 1, 'b-c': 'x', nested: { deep: { deeper: 1 } } });
      console.log(new Map([['k', 1]]), new Set([1, 2]), [], {});
      class Point { constructor() { this.x = 1; } }
      console.log(new Point(), function named() {}, () => {}, Point, Symbol('s'));
      const loop = { name: 'loop' }; loop.self = loop; console.log(loop);
    `);
    expect(result.verdict).toBe('accepted');
    expect(result.error).toBeNull();
    expect(result.stdout.split('\n')).toEqual([
      'hello 42 -0 10n true null undefined',
      "[ 1, 'two', [ 3, [Array] ] ] { a: 1, 'b-c': 'x', nested: { deep: [Object] } }",
      "Map(1) { 'k' => 1 } Set(2) { 1, 2 } [] {}",
      'Point { x: 1 } [Function: named] [Function (anonymous)] [class Point] Symbol(s)',
      "{ name: 'loop', self: [Circular] }",
    ]);
  });

  it('reports an uncaught error with its line and column in the candidate source', async () => {
    const result = await run('const a = 1;\nfunction f() {\n  return a.b.c;\n}\nf();');
    expect(result.verdict).toBe('runtime_error');
    expect(result.error).toMatchObject({ name: 'TypeError', line: 3 });
    expect(result.error?.column).toBeGreaterThan(0);
    const thrown = await run('throw 42');
    expect(thrown.error).toMatchObject({ name: 'Uncaught', message: '42' });
  });

  it('describes a thrown value without running any of its code, as Node prints it', async () => {
    // Getters, toString and Symbol.toPrimitive of the program's are never called: each of
    // these would spin until the deadline (or the step budget) if they were.
    const spin = '{ for (;;) {} }';
    const cases: [string, object][] = [
      [`throw { get message() ${spin} }`, { name: 'Uncaught', message: '{}' }],
      [`throw { code: 42, get name() ${spin} }`, { name: 'Uncaught', message: '{ code: 42 }' }],
      [`throw { name: 'Oops', message: 'bad', toString() ${spin} }`, { name: 'Oops', message: 'bad' }],
      [
        `const e = new RangeError('far'); Object.defineProperty(e, 'stack', { get() ${spin} }); throw e;`,
        { name: 'RangeError', message: 'far' },
      ],
      [`class Wrong extends Error { get message() ${spin} }\nthrow new Wrong();`, { name: 'Error', message: '' }],
      [
        `queueMicrotask(() => { throw { [Symbol.toPrimitive]() ${spin}, reason: 'no' }; });`,
        { name: 'Uncaught', message: "{ reason: 'no' }" },
      ],
      ["throw Symbol('s')", { name: 'Uncaught', message: 'Symbol(s)' }],
    ];
    for (const [source, error] of cases) {
      const result = await run(source, { steps: 1e12, timeoutMs: 60_000 });
      expect(result.verdict, source).toBe('runtime_error');
      expect(result.error, source).toMatchObject(error);
      expect(result.steps, source).toBeLessThan(10);
    }
  });

  it("runs TypeScript, with errors on the candidate's own lines", async () => {
    const ok = await runProgram(
      host,
      'interface P { x: number }\nconst p: P = { x: 2 };\nconsole.log(p.x as number * 21);',
      {
        limits,
        language: 'typescript',
      },
    );
    expect(ok).toMatchObject({ verdict: 'accepted', stdout: '42' });
    const thrown = await runProgram(host, 'type T = { a?: { b: number } };\nconst t: T = {};\n\nconsole.log(t.a!.b);', {
      limits,
      language: 'typescript',
    });
    expect(thrown.verdict).toBe('runtime_error');
    expect(thrown.error).toMatchObject({ name: 'TypeError', line: 4 });
    const broken = await runProgram(host, 'const x: number = 1;\nconst y: = 2;', { limits, language: 'typescript' });
    expect(broken.verdict).toBe('compile_error');
    expect(broken.error).toMatchObject({ name: 'SyntaxError', line: 2 });
  });

  it('reports a JavaScript syntax error as a compile error with its location', async () => {
    const result = await run('const ok = 1;\nfunction (\n');
    expect(result.verdict).toBe('compile_error');
    expect(result.error).toMatchObject({ name: 'SyntaxError', line: 2 });
    // A SyntaxError the program causes at run time is the program's runtime error.
    expect((await run("eval('(')")).verdict).toBe('runtime_error');
  });

  it('runs timers and promises under a virtual clock, in Node order, instantly', async () => {
    const result = await run(`
      const t0 = Date.now();
      setTimeout(() => console.log('timeout 100', Date.now() - t0), 100);
      setTimeout(() => console.log('timeout 0'), 0);
      const id = setInterval(() => { console.log('tick', Date.now() - t0); if (Date.now() - t0 >= 3000) clearInterval(id); }, 1000);
      Promise.resolve().then(() => console.log('microtask'));
      queueMicrotask(() => console.log('queueMicrotask'));
      (async () => { await null; console.log('async'); })();
      console.log('sync');
      setTimeout(() => console.log('an hour later', new Date().toISOString()), 3600 * 1000);
    `);
    expect(result.verdict).toBe('accepted');
    expect(result.stdout.split('\n')).toEqual([
      'sync',
      'microtask',
      'queueMicrotask',
      'async',
      'timeout 0',
      'timeout 100 100',
      'tick 1000',
      'tick 2000',
      'tick 3000',
      'an hour later 2024-01-01T01:00:00.000Z',
    ]);
    expect(result.timeMs).toBeLessThan(500);
  });

  it('seeds Math.random: same seed, same numbers', async () => {
    const program = 'console.log(Array.from({ length: 3 }, () => Math.random()).join(","))';
    const [a, b, c] = await Promise.all([run(program, {}, 7), run(program, {}, 7), run(program, {}, 8)]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
  });

  it('starts every run from a fresh runtime: nothing leaks between runs', async () => {
    await run('globalThis.leaked = 1; Array.prototype.polluted = true; console.log = null;');
    const result = await run('console.log(typeof leaked, [].polluted)');
    expect(result.stdout).toBe('undefined undefined');
  });

  it('keeps the host out of reach', async () => {
    const result = await run(`
      console.log(typeof process, typeof require, typeof globalThis.write, typeof globalThis.tick);
      const F = (() => {}).constructor; console.log(F('return typeof process')());
      import('fs').then(() => console.log('imported!'), () => console.log('import refused'));
    `);
    expect(result.stdout).toBe('undefined undefined undefined undefined\nundefined\nimport refused');
  });
});

describe('runProgram at its limits', () => {
  it('says why it stopped', async () => {
    expect((await run('for (;;) {}', { steps: 1e12 })).limitMessage).toBe('stopped after 500 ms');
    expect((await run('for (;;) {}', { steps: 1e12, timeoutMs: 1000 })).limitMessage).toBe('stopped after 1 s');
    expect((await run('for (;;) {}', { steps: 1e5 })).limitMessage).toBe('stopped after 100,000 steps');
    // The output cap is a count of bytes: a generous deadline keeps a busy machine's slowness
    // from reaching it first (a flood of 32,768 lines took over 500 ms on a loaded machine).
    const generous = { timeoutMs: 60_000 };
    expect((await run("for (;;) console.log('x')", generous)).limitMessage).toBe('output cut at 64 KiB');
    const flood = await run("for (;;) console.log('0123456789')", generous);
    expect(Buffer.byteLength(flood.stdout)).toBeLessThanOrEqual(DEFAULT_LIMITS.outputBytes);
  }, 120_000);
});

describe('runProgram calling an entry point', () => {
  const call = (source: string, entry: string, args: unknown[], language: 'javascript' | 'typescript' = 'javascript') =>
    runProgram(host, source, { limits, language, call: { entry, args: args as never } });

  it('calls the entry with fresh arguments and copies the answer out', async () => {
    const result = await call(
      'function twoSum(nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n    seen.set(nums[i], i);\n  }\n}',
      'twoSum',
      [[2, 7, 11, 15], 9],
    );
    expect(result).toMatchObject({ verdict: 'accepted', value: [0, 1] });
    const lexical = await call('const f = (m) => new Map([...m].map(([k, v]) => [v, k]));', 'f', [new Map([['a', 1]])]);
    expect(lexical.value).toEqual(new Map([[1, 'a']]));
    const typed = await call(
      'class Counter {}\nfunction count(xs: number[]): number { return xs.length }',
      'count',
      [[1, 2, 3]],
      'typescript',
    );
    expect(typed).toMatchObject({ verdict: 'accepted', value: 3 });
  });

  it('awaits a returned promise under the virtual clock', async () => {
    const result = await call(
      'async function later(ms, v) { await new Promise((r) => setTimeout(r, ms)); return { v, at: Date.now() % 100000 }; }',
      'later',
      [5000, 'done'],
    );
    expect(result).toMatchObject({ verdict: 'accepted', value: { v: 'done', at: 5000 } });
    const never = await call('function hang() { return new Promise(() => {}) }', 'hang', []);
    expect(never.verdict).toBe('runtime_error');
    expect(never.error?.message).toMatch(/never settled/);
    const rejects = await call('async function no() { throw new RangeError("nope") }', 'no', []);
    expect(rejects.error).toMatchObject({ name: 'RangeError', message: 'nope' });
  });

  it('cannot tamper with the arguments or the copy-out, and a missing entry is a clear error', async () => {
    const result = await call(
      'JSON.parse = () => [666]; Map = function () {}; JSON.stringify = () => "[\\"s\\",\\"fake\\"]";\nfunction solve(m) { return [m instanceof Object, m.size] }',
      'solve',
      [new Map([[1, 2]])],
    );
    expect(result).toMatchObject({ verdict: 'accepted', value: [true, 1] });
    const missing = await call('function other() {}', 'solve', []);
    expect(missing.error).toMatchObject({ name: 'ReferenceError', message: 'solve is not defined as a function' });
    await expect(call('1', 'solve; globalThis.x = 1', [])).rejects.toThrow(/Bad entry point/);
  });
});

describe('runProgram with a class and a sequence of calls', () => {
  const calls = (source: string, entry: string, sequence: unknown[][]) =>
    runProgram(host, source, { limits, call: { entry, calls: sequence as never } });
  const lru = `class LRUCache {
  constructor(capacity) { this.capacity = capacity; this.map = new Map(); }
  get(key) { if (!this.map.has(key)) return -1; const v = this.map.get(key); this.map.delete(key); this.map.set(key, v); return v; }
  put(key, value) { this.map.delete(key); this.map.set(key, value); if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value); }
}`;

  it('constructs the class and answers each call in order', async () => {
    const result = await calls(lru, 'LRUCache', [
      ['new', 2],
      ['put', 1, 1],
      ['put', 2, 2],
      ['get', 1],
      ['put', 3, 3],
      ['get', 2],
      ['get', 3],
    ]);
    expect(result).toMatchObject({ verdict: 'accepted', value: [null, undefined, undefined, 1, undefined, -1, 3] });
    expect(result.steps).toBeGreaterThan(6);
  });

  it('snapshots each answer when it is returned, and awaits async methods', async () => {
    const result = await calls(
      `class Log { constructor() { this.items = []; } add(x) { this.items.push(x); return this.items; }
       async later(ms) { await new Promise((r) => setTimeout(r, ms)); return Date.now() % 100000; } }`,
      'Log',
      [['new'], ['add', 'a'], ['add', 'b'], ['later', 250]],
    );
    expect(result).toMatchObject({ verdict: 'accepted', value: [null, ['a'], ['a', 'b'], 250] });
  });

  it('reports a missing method, a throwing constructor and a missing class clearly', async () => {
    const missing = await calls(lru, 'LRUCache', [['new', 1], ['evict']]);
    expect(missing.error).toMatchObject({ name: 'TypeError', message: 'evict is not a method of the object' });
    const throws = await calls('class A { constructor() { throw new RangeError("no") } }', 'A', [['new']]);
    expect(throws.error).toMatchObject({ name: 'RangeError', message: 'no', line: 1 });
    const absent = await calls('const x = 1;', 'LRUCache', [['new', 1]]);
    expect(absent.error?.message).toBe('LRUCache is not defined as a class');
  });
});
