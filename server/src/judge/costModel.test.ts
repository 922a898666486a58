import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type SandboxLimits } from './limits.ts';
import { QuickJSHost } from './QuickJSHost.ts';
import { type ProgramResult, runProgram } from './sandbox.ts';

const limits: SandboxLimits = { ...DEFAULT_LIMITS, timeoutMs: 60_000 };
const host = new QuickJSHost(limits);
afterAll(() => host.recycle());

const run = (source: string): Promise<ProgramResult> => runProgram(host, source, { limits });

/** The steps `expression` is charged after `setup`: the run with it less the run without. */
async function charged(setup: string, expression: string): Promise<number> {
  const [withIt, without] = await Promise.all([run(`${setup};\n${expression};`), run(`${setup};\n0;`)]);
  expect(withIt.verdict, `${expression}: ${withIt.error?.message ?? withIt.limitMessage}`).toBe('accepted');
  return withIt.steps - without.steps;
}

const ARRAY = 'const a = Array.from({ length: 1000 }, (_, i) => i)';
const STRING = "const s = 'abcdefghij'.repeat(100)";
const SPARSE = 'const sparse = []; sparse[4294967294] = true';

/** Every wrapped built-in, with the variants of its arguments that change the work it does. */
const TABLE: [setup: string, expression: string, steps: number][] = [
  // Searches: from where they start to what they find, or to the end.
  [ARRAY, 'a.indexOf(5)', 6],
  [ARRAY, 'a.indexOf(-1)', 1000],
  [ARRAY, 'a.indexOf(-1, 990)', 10],
  [ARRAY, "a.indexOf(-1, '990')", 10],
  [ARRAY, 'a.indexOf(-1, -5)', 5],
  [ARRAY, 'a.indexOf(-1, 5000)', 0],
  [ARRAY, 'a.indexOf(995, 990)', 6],
  [ARRAY, 'a.indexOf(-1, { valueOf: () => 990 })', 1001],
  [ARRAY, 'a.lastIndexOf(-1)', 1000],
  [ARRAY, 'a.lastIndexOf(995)', 5],
  [ARRAY, 'a.lastIndexOf(-1, 10)', 11],
  [ARRAY, 'a.lastIndexOf(-1, -991)', 10],
  [ARRAY, 'a.lastIndexOf(-1, -5000)', 0],
  [ARRAY, 'a.lastIndexOf(-1, undefined)', 1],
  [ARRAY, 'a.includes(3)', 4],
  [ARRAY, 'a.includes(-1)', 1000],
  [ARRAY, 'a.includes(-1, -5)', 5],
  [ARRAY, 'a.includes(NaN)', 1000],
  [SPARSE, "sparse.lastIndexOf(true, 'Infinity')", 1],
  [SPARSE, 'sparse.indexOf(true, 4294967290)', 5],
  [SPARSE, 'sparse.includes(true, -3)', 3],
  [SPARSE, 'sparse.includes(undefined, 7)', 1],
  [STRING, "s.indexOf('c')", 3],
  [STRING, "s.indexOf('z')", 1000],
  [STRING, "s.indexOf('z', 990)", 10],
  [STRING, "s.indexOf('cde', 10)", 5],
  [STRING, "s.includes('j', 995)", 5],
  [STRING, "s.includes('z')", 1000],
  [STRING, "s.indexOf('z', -5)", 1000],
  [STRING, "s.includes('a', -5)", 1],
  [STRING, "s.lastIndexOf('a')", 11],
  [STRING, "s.lastIndexOf('z', 5)", 6],
  [STRING, "s.lastIndexOf('z', 'x')", 1001],
  // Whole-array work.
  [ARRAY, 'a.join()', 1000],
  [ARRAY, 'a.toString()', 1000],
  [ARRAY, 'a.fill(0)', 1000],
  [ARRAY, 'a.fill(0, 10)', 990],
  [ARRAY, 'a.fill(0, -10)', 10],
  [ARRAY, 'a.fill(0, 10, 20)', 10],
  [ARRAY, 'a.reverse()', 1000],
  [ARRAY, 'a.copyWithin(0, 500)', 1000],
  [ARRAY, 'a.splice(0, 1)', 1000],
  [ARRAY, 'a.shift()', 1000],
  [ARRAY, 'a.unshift(1)', 1000],
  [ARRAY, 'a.toReversed()', 1000],
  [ARRAY, 'a.toSpliced(0, 1)', 1000],
  [ARRAY, 'a.with(0, 1)', 1000],
  // Callbacks count their own calls on top.
  [ARRAY, 'a.map((x) => x)', 2000],
  [ARRAY, 'a.filter((x) => x)', 2000],
  [ARRAY, 'a.forEach((x) => x)', 2000],
  [ARRAY, 'a.reduce((x, y) => y)', 1999],
  [ARRAY, 'a.reduceRight((x, y) => y)', 1999],
  [ARRAY, 'a.flatMap((x) => x)', 2000],
  [ARRAY, 'a.some((x) => x > 9)', 11],
  [ARRAY, 'a.find((x) => x > 9)', 11],
  // Results.
  [ARRAY, 'a.slice()', 1000],
  [ARRAY, 'a.slice(990)', 10],
  [ARRAY, 'a.concat([1])', 1001],
  [ARRAY, 'a.flat()', 1000],
  [ARRAY, 'Array.from(a)', 1000],
  [ARRAY, 'a.sort()', 10_000],
  [ARRAY, 'a.toSorted()', 10_000],
  [ARRAY, 'Object.keys(a)', 1000],
  [ARRAY, 'Object.values(a)', 1000],
  [ARRAY, 'Object.entries(a)', 1000],
  [ARRAY, 'Object.fromEntries(a.map((i) => [i, i]))', 3000],
  [ARRAY, 'new Set(a)', 1000],
  [ARRAY, 'new Map(a.map((i) => [i, i]))', 3000],
  [ARRAY, 'JSON.stringify(a)', 3891],
  [ARRAY, "JSON.parse('[' + a.join() + ']')", 1000 + 3891],
  // Calls with an array of arguments copy them, as a spread does.
  [ARRAY, 'Math.max(...a)', 1000],
  [ARRAY, 'Math.max.apply(null, a)', 1000],
  [ARRAY, 'Reflect.apply(Math.max, null, a)', 1000],
  [ARRAY, 'Reflect.construct(Array, a)', 1000],
  [ARRAY, 'Math.max.apply(null, { length: 3 })', 0],
  [ARRAY, 'Math.max.call(null, ...a)', 1000],
  [ARRAY, 'Math.max.bind(null, ...a)()', 1000],
  // The promise combinators subscribe to each promise.
  [ARRAY, 'Promise.all(a)', 1000],
  [ARRAY, 'Promise.allSettled(a)', 1000],
  [ARRAY, 'Promise.any(a)', 1000],
  [ARRAY, 'Promise.race(a)', 1000],
  // Strings.
  [STRING, 's.slice(10)', 990],
  [STRING, "s.split('a')", 1000],
  [STRING, "s.replace('j', '')", 1000],
  [STRING, "s.startsWith('abc')", 3],
  [STRING, "s.endsWith('ij')", 2],
  [STRING, 's.toUpperCase()', 1000],
  [STRING, "s.padEnd(1200, '-')", 1200],
];

describe('the cost model charges the work built-ins do', () => {
  it.each(TABLE)('%s; %s costs %d steps', async (setup, expression, steps) => {
    expect(await charged(setup, expression)).toBe(steps);
  });

  it('searches a sparse array far longer than the budget by the elements it looks at', async () => {
    const result = await run(
      `${SPARSE}; console.log(sparse.lastIndexOf(true, 'Infinity'), sparse.includes(false, 1));`,
    );
    expect(result.verdict).toBe('time_limit');
    expect(result.limitMessage).toBe('stopped after 10,000,000 steps');
    const found = await run(`${SPARSE}; console.log(sparse.lastIndexOf(true, 'Infinity'));`);
    expect(found).toMatchObject({ verdict: 'accepted', stdout: '4294967294' });
  });

  it('reports an allocation that cannot fit as the memory limit, not the step budget', async () => {
    for (const program of [
      'new Array(1e9).fill(0)',
      'new Array(1e8).toReversed()',
      'new Array(1e9).join()',
      'new Array(1e8).with(0, 1)',
    ]) {
      expect((await run(program)).verdict, program).toBe('memory_limit');
    }
    // Nothing to allocate: a billion elements looked at is simply too much work.
    expect((await run("new Array(1e9).join('')")).verdict).toBe('time_limit');
    expect((await run('new Array(1e9).includes(1)')).verdict).toBe('time_limit');
  });
});
