import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type SandboxLimits } from './limits.ts';
import { QuickJSHost } from './QuickJSHost.ts';
import { type EntryCall, type ProgramResult, runProgram } from './sandbox.ts';

const limits: SandboxLimits = { ...DEFAULT_LIMITS, timeoutMs: 2000 };
const host = new QuickJSHost(limits);
afterAll(() => host.recycle());

const run = (source: string, overrides: Partial<SandboxLimits> = {}): Promise<ProgramResult> =>
  runProgram(host, source, { limits: { ...limits, ...overrides } });
const call = (source: string, entry: string, args: unknown[]) =>
  runProgram(host, source, { limits, call: { entry, args } as EntryCall });

/** Steps of `solve(n)` for a program whose work depends on `n`. */
async function stepsAt(source: string, n: number): Promise<number> {
  const result = await call(source, 'solve', [n]);
  expect(result.verdict, result.error?.message).toBe('accepted');
  return result.steps;
}

/** How the count grows when n doubles: about 2 for linear work, 4 for quadratic. */
async function growth(source: string, n = 400): Promise<number> {
  return (await stepsAt(source, 2 * n)) / (await stepsAt(source, n));
}

describe('step counting', () => {
  it('counts the same on every run', async () => {
    const program =
      'let s = 0; for (let i = 0; i < 5000; i++) s += [i, i + 1].map((x) => x * 2).length; console.log(s);';
    const counts = await Promise.all([run(program), run(program), run(program)]);
    expect(new Set(counts.map((r) => r.steps)).size).toBe(1);
    expect(counts[0]?.steps).toBeGreaterThan(10_000);
  });

  it('grows with the work of loops and calls', async () => {
    expect(await growth('function solve(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }')).toBeCloseTo(
      2,
      1,
    );
    expect(await growth('function solve(n) { return n === 0 ? 0 : 1 + solve(n - 1); }')).toBeCloseTo(2, 1);
    expect(
      await growth(
        'function solve(n) { let s = 0; for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s++; return s; }',
      ),
    ).toBeCloseTo(4, 1);
    expect(
      await growth('function solve(n) { let k = 0; while (n > 1) { n >>= 1; k++; } return k; }', 1 << 12),
    ).toBeLessThan(1.2);
  });

  it('counts the work of built-ins, so includes in a loop is quadratic', async () => {
    const setup = 'const arr = Array.from({ length: n }, (_, i) => i);';
    const quadratic = {
      includes: `let c = 0; for (const x of arr) if (arr.includes(-x)) c++; return c;`,
      indexOf: `let c = 0; for (const x of arr) c += arr.indexOf(x); return c;`,
      lastIndexOf: `let c = 0; for (const x of arr) c += arr.lastIndexOf(-1); return c;`,
      slice: `let c = 0; for (let i = 0; i < n; i++) c += arr.slice().length; return c;`,
      splice: `const a = arr.slice(); for (let i = 0; i < n; i++) a.splice(0, 1); return a.length;`,
      shift: `const a = arr.slice(); while (a.length) a.shift(); return 0;`,
      concat: `let a = []; for (let i = 0; i < n; i++) a = a.concat([i]); return a.length;`,
      spread: `let a = []; for (let i = 0; i < n; i++) a = [...a, i]; return a.length;`,
      'spread arguments': `let m = 0; for (let i = 0; i < n; i++) m = Math.max(m, ...arr); return m;`,
      'object spread': `let o = {}; for (let i = 0; i < n; i++) o = { ...o, ['k' + i]: i }; return Object.keys(o).length;`,
      join: `let c = 0; for (let i = 0; i < n; i++) c += arr.join('').length; return c;`,
      'string includes': `const s = 'a'.repeat(n); let c = 0; for (let i = 0; i < n; i++) if (s.includes('b')) c++; return c;`,
      'string slice': `const s = 'a'.repeat(n); let c = 0; for (let i = 0; i < n; i++) c += s.slice(i).length; return c;`,
      split: `const s = 'ab'.repeat(n); let c = 0; for (let i = 0; i < n; i++) c += s.split('a').length; return c;`,
      'JSON round trip': `let c = 0; for (let i = 0; i < n; i++) c += JSON.parse(JSON.stringify(arr)).length; return c;`,
      'new Set': `let c = 0; for (let i = 0; i < n; i++) c += new Set(arr).size; return c;`,
      'Object.keys': `const o = Object.fromEntries(arr.map((i) => ['k' + i, i])); let c = 0; for (let i = 0; i < n; i++) c += Object.keys(o).length; return c;`,
    };
    for (const [name, body] of Object.entries(quadratic)) {
      const ratio = await growth(`function solve(n) { ${setup} ${body} }`, 200);
      expect(ratio, name).toBeGreaterThan(3.5);
      expect(ratio, name).toBeLessThan(4.5);
    }
  });

  it('counts a global replace, match or split over a string once, however many matches', async () => {
    const linear = await growth(
      "function solve(n) { const s = 'a,'.repeat(n); return s.replace(/,/g, '').length + s.match(/a/g).length + s.split(/,/).length + (/z/.test(s) ? 1 : 0); }",
      500,
    );
    expect(linear).toBeGreaterThan(1.8);
    expect(linear).toBeLessThan(2.2);
  });

  it('counts sort as n log n and keeps O(1) built-ins cheap', async () => {
    const sorted = await growth(
      'function solve(n) { const a = Array.from({ length: n }, (_, i) => (i * 7919) % n); a.sort((x, y) => x - y); return a[0]; }',
      1024,
    );
    expect(sorted).toBeGreaterThan(2);
    expect(sorted).toBeLessThan(2.6);
    const pushes = await growth(
      'function solve(n) { const a = []; for (let i = 0; i < n; i++) { a.push(i); a.pop(); a.push(i); } return a.length; }',
    );
    expect(pushes).toBeCloseTo(2, 1);
    // Amortised O(1) set lookups and string concatenation stay linear overall.
    const setLoop = await growth(
      "function solve(n) { const s = new Set(); let t = ''; for (let i = 0; i < n; i++) { s.add(i); if (s.has(i - 1)) t += 'x'; } return t.length; }",
    );
    expect(setLoop).toBeCloseTo(2, 1);
  });

  it('stops a program at its step budget, the same way every time', async () => {
    const first = await run('let i = 0; for (;;) i++;', { steps: 100_000 });
    expect(first).toMatchObject({ verdict: 'time_limit', limitMessage: 'stopped after 100,000 steps' });
    expect(first.steps).toBeGreaterThan(100_000);
    expect(first.timeMs).toBeLessThan(1000);
    const caught = await run('for (;;) { try { for (;;) {} } catch {} }', { steps: 100_000 });
    expect(caught.verdict).toBe('time_limit');
    const builtIn = await run('const a = new Array(1000).fill(0); for (;;) a.includes(1);', { steps: 1_000_000 });
    expect(builtIn).toMatchObject({ verdict: 'time_limit', limitMessage: 'stopped after 1,000,000 steps' });
  });

  it('reports steps for failed runs too', async () => {
    const result = await run('for (let i = 0; i < 100; i++) {}\nnull.x;');
    expect(result.verdict).toBe('runtime_error');
    expect(result.steps).toBe(100);
  });

  it('keeps the counter to itself', async () => {
    const reserved = await run('let __dryrun$steps = 0;');
    expect(reserved.verdict).toBe('compile_error');
    expect(reserved.error?.message).toMatch(/reserved/);
  });
});

describe('the cost model leaves the language as it was', () => {
  it('keeps names, lengths, descriptors and sources of wrapped built-ins', async () => {
    const probe = `
      const d = Object.getOwnPropertyDescriptor(Array.prototype, 'includes');
      console.log(d.writable, d.enumerable, d.configurable, Array.prototype.includes.name, Array.prototype.includes.length);
      console.log(String(Array.prototype.indexOf) === 'function indexOf() {\\n    [native code]\\n}', String.prototype.padStart.length);
      console.log(Function.prototype.toString.name, Function.prototype.toString.length, String(Function.prototype.toString).includes('native code'));
      console.log('prototype' in Array.prototype.map, [NaN].includes(NaN), [NaN].indexOf(NaN), [1, 2, 3].includes(2, 2));
      console.log(new Set([1]).constructor === Set, Set.prototype.constructor === Set, Set.name, Set.length, new Map([[1, 2]]).get(1));
      class Bag extends Set { count() { return this.size; } }
      console.log(new Bag([1, 2, 2]).count(), new Bag() instanceof Set, Object.getPrototypeOf(new Bag()) === Bag.prototype);
      console.log(Array.prototype.includes.call({ length: 2, 0: 'a', 1: 'b' }, 'b'), [3, 1, 2].toSorted().join());
      try { new Array.prototype.map(); } catch (e) { console.log(e instanceof TypeError); }
      try { Array.prototype.includes.call(null, 1); } catch (e) { console.log(e.constructor.name); }
    `;
    const result = await run(probe);
    expect(result.error).toBeNull();
    expect(result.stdout.split('\n')).toEqual([
      'true false true includes 1',
      'true 1',
      'toString 0 true',
      'false true -1 false',
      'true true Set 0 2',
      '2 true true',
      'true 1,2,3',
      'true',
      'TypeError',
    ]);
  });
});

describe('errors in the candidate source', () => {
  it('locates runtime errors at the line and column the candidate wrote, through instrumentation', async () => {
    const js = await run('function f(o) {\n  for (let i = 0; i < 2; i++) {}\n  return o.missing.deep;\n}\nf({});');
    expect(js.error).toMatchObject({ name: 'TypeError', line: 3, column: 19 });
    const ts = await runProgram(
      host,
      'function f(o: { a?: { b: number } }): number {\n  const n: number = 1; return o.a!.b + n;\n}\nf({});',
      {
        limits,
        language: 'typescript',
      },
    );
    expect(ts.error).toMatchObject({ name: 'TypeError', line: 2 });
    // `o.a!.b`: QuickJS points at the property read after `o.a`.
    expect(ts.error?.column).toBeGreaterThanOrEqual(33);
    expect(ts.error?.column).toBeLessThanOrEqual(36);
  });
});
