import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from './limits.ts';
import { QuickJSHost } from './QuickJSHost.ts';
import { runProgram } from './sandbox.ts';

const limits = { ...DEFAULT_LIMITS, timeoutMs: 60_000 };
const host = new QuickJSHost(limits);
afterAll(() => host.recycle());

const run = (source: string) => runProgram(host, source, { limits });

/** What each program prints in Node 20 (checked there), and must print in the sandbox. */
const AS_NODE: [what: string, source: string, printed: string][] = [
  [
    'structuredClone keeps cycles, shared references and the types it knows',
    `const shared = { n: 1 };
     const o = { a: [1, shared, shared], m: new Map([[1, new Set([2])]]), d: new Date(5), r: /x/gi, big: 10n, e: new RangeError('far') };
     o.self = o;
     const c = structuredClone(o);
     console.log(c !== o, c.self === c, c.a[1] === c.a[2], c.a[1] !== shared, c.m.get(1).has(2), c.d.getTime(), c.r.flags, c.big, c.e instanceof RangeError, c.e.message);`,
    'true true true true true 5 gi 10n true far',
  ],
  [
    'structuredClone makes plain objects of class instances and refuses functions',
    `class P { constructor() { this.x = 1; } m() {} }
     const c = structuredClone(new P());
     console.log(Object.getPrototypeOf(c) === Object.prototype, c.x);
     try { structuredClone({ f() {} }); } catch (e) { console.log(e.name); }
     const sparse = structuredClone([1, , 3]); console.log(sparse.length, 1 in sparse);`,
    'true 1\nDataCloneError\n3 false',
  ],
  [
    'atob and btoa',
    `console.log(btoa('hello'), atob('aGVsbG8='), atob(' aGk= '), atob(btoa('\\xff\\x00')).length); try { btoa('€'); } catch (e) { console.log(e.name); } try { atob('a'); } catch (e) { console.log(e.name); }`,
    'aGVsbG8= hello hi 2\nInvalidCharacterError\nInvalidCharacterError',
  ],
  [
    'TextEncoder and TextDecoder in UTF-8',
    `const bytes = new TextEncoder().encode('héllo €😀');
     console.log(bytes.length, bytes[1], new TextDecoder().decode(bytes), new TextDecoder().decode(new Uint8Array([0xff, 0x61])));`,
    '14 195 héllo €😀 \ufffda',
  ],
  [
    'toLocaleString groups digits as en-US',
    `console.log((1234567.891).toLocaleString(), (-1234.5).toLocaleString(), (1e21).toLocaleString(), (0.1 + 0.2).toLocaleString(), (12).toLocaleString('en-US', { minimumFractionDigits: 2 }), (1234.5678).toLocaleString(undefined, { maximumFractionDigits: 1 }), 123456789n.toLocaleString(), [1234, 5].toLocaleString());`,
    '1,234,567.891 -1,234.5 1,000,000,000,000,000,000,000 0.3 12.00 1,234.6 123,456,789 1,234,5',
  ],
  [
    "setImmediate runs after the current task and its microtasks, before timers (Node's order in an I/O callback)",
    `setTimeout(() => console.log('timeout'), 0);
     setImmediate((x) => console.log('immediate', x), 1);
     clearImmediate(setImmediate(() => console.log('cleared')));
     Promise.resolve().then(() => console.log('micro'));
     setTimeout(() => { setTimeout(() => console.log('t2'), 0); setImmediate(() => console.log('i2')); }, 10);`,
    'micro\nimmediate 1\ntimeout\ni2\nt2',
  ],
  [
    'performance.now reads the virtual clock',
    `const t0 = performance.now(); setTimeout(() => console.log(performance.now() - t0, typeof performance.timeOrigin), 250);`,
    '250 number',
  ],
];

describe('the globals candidates expect', () => {
  it.each(AS_NODE)('%s', async (_what, source, printed) => {
    const result = await run(source);
    expect(result.error, source).toBeNull();
    expect(result.stdout).toBe(printed);
  });

  it('charges the work they do to the run', async () => {
    const big = await run(
      "const s = 'ab'.repeat(50000); structuredClone(Array.from(s)); btoa(s); new TextEncoder().encode(s);",
    );
    const small = await run(
      "const s = 'ab'.repeat(50); structuredClone(Array.from(s)); btoa(s); new TextEncoder().encode(s);",
    );
    expect(big.steps).toBeGreaterThan(400_000);
    expect(small.steps).toBeLessThan(1_000);
  });

  it('says how to write around the arguments cap QuickJS keeps', async () => {
    const result = await run('Math.max(...new Array(70000).fill(1));');
    expect(result.verdict).toBe('runtime_error');
    expect(result.error?.message).toMatch(/at most 65,534.*loop over it instead/);
  });
});
