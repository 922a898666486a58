import { afterAll, describe, expect, it } from 'vitest';
import { Judge, type JudgeCase, type JudgeTask } from './Judge.ts';
import { JudgePool } from './JudgePool.ts';

const pool = new JudgePool({ size: 2 });
const judge = new Judge(pool);
afterAll(() => pool.close());

const twoSumTests: JudgeCase[] = [
  { name: 'example', hidden: false, args: [[2, 7, 11, 15], 9], expected: [0, 1] },
  { name: 'negatives', hidden: false, args: [[-3, 4, 3, 90], 0], expected: [0, 2] },
  { name: 'secret', hidden: true, args: [[3, 3], 6], expected: [0, 1] },
];
const task = (code: string, extra: Partial<JudgeTask> = {}): JudgeTask => ({
  key: 'room-1',
  code,
  language: 'javascript',
  entry: 'twoSum',
  tests: twoSumTests,
  verification: { kind: 'exact' },
  ...extra,
});
const right = `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
    seen.set(nums[i], i);
  }
}`;

describe('Judge', () => {
  it('accepts a right solution and reports every test with its steps', async () => {
    const report = await judge.judge(task(right));
    expect(report).toMatchObject({ verdict: 'accepted', passed: 3, total: 3, compileError: null });
    expect(report.tests.map((t) => t.verdict)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(report.tests.every((t) => t.steps > 0)).toBe(true);
    expect(report.steps).toBe(report.tests.reduce((sum, t) => sum + t.steps, 0));
    expect(report.tests[0]).toMatchObject({
      input: 'twoSum([ 2, 7, 11, 15 ], 9)',
      expected: '[ 0, 1 ]',
      actual: '[ 0, 1 ]',
    });
  });

  it('gives the same steps for the same code and input', async () => {
    const [a, b] = await Promise.all([judge.judge(task(right)), judge.judge(task(right, { key: 'room-2' }))]);
    expect(a.tests.map((t) => t.steps)).toEqual(b.tests.map((t) => t.steps));
  });

  it('keeps the input, answers, output and errors of hidden tests to the server', async () => {
    const leaky = `function twoSum(nums, target) { console.log('input', nums, target); throw new Error('nums were ' + nums); }`;
    const report = await judge.judge(task(leaky));
    expect(report.verdict).toBe('runtime_error');
    const hidden = report.tests.find((t) => t.hidden);
    expect(hidden).toEqual({
      name: 'secret',
      hidden: true,
      verdict: 'runtime_error',
      steps: expect.any(Number),
      timeMs: expect.any(Number),
    });
    expect(JSON.stringify(report)).not.toContain('3,3');
    expect(report.tests[0]).toMatchObject({ stdout: 'input [ 2, 7, 11, 15 ] 9', error: { name: 'Error', line: 1 } });
  });

  it('says wrong_answer with what was expected and what came back', async () => {
    const report = await judge.judge(task('function twoSum() { return [1, 0]; }'));
    expect(report.verdict).toBe('wrong_answer');
    expect(report.passed).toBe(0);
    expect(report.tests[0]).toMatchObject({ verdict: 'wrong_answer', expected: '[ 0, 1 ]', actual: '[ 1, 0 ]' });
    const unordered = await judge.judge(
      task('function twoSum() { return [1, 0]; }', { verification: { kind: 'unordered' } }),
    );
    expect(unordered.tests[0]?.verdict).toBe('accepted');
  });

  it("uses the problem's checker when it has one", async () => {
    const checker: JudgeTask['verification'] = {
      kind: 'checker',
      check: ({ args, actual }) => {
        const [nums, target] = args as [number[], number];
        if (!Array.isArray(actual) || actual.length !== 2) return 'expected two indices';
        const [i, j] = actual as [number, number];
        return i !== j && (nums[i] ?? Number.NaN) + (nums[j] ?? Number.NaN) === target
          ? true
          : `nums[${i}] + nums[${j}] is not ${target}`;
      },
    };
    const swapped = await judge.judge(
      task(
        'function twoSum(n, t) { for (let j = n.length - 1; j >= 0; j--) for (let i = 0; i < j; i++) if (n[i] + n[j] === t) return [j, i]; }',
        { verification: checker },
      ),
    );
    expect(swapped.verdict).toBe('accepted');
    const wrong = await judge.judge(task('function twoSum() { return [0, 0]; }', { verification: checker }));
    expect(wrong.tests[0]).toMatchObject({ verdict: 'wrong_answer', message: 'nums[0] + nums[0] is not 9' });
  });

  it('runs class-style tests as a sequence of calls', async () => {
    const report = await judge.judge({
      key: 'room-1',
      code: 'class Counter { constructor(start) { this.n = start } inc() { return ++this.n } }',
      language: 'javascript',
      entry: 'Counter',
      tests: [{ name: 'counts', hidden: false, calls: [['new', 5], ['inc'], ['inc']], expected: [null, 6, 7] }],
      verification: { kind: 'exact' },
    });
    expect(report.verdict).toBe('accepted');
    expect(report.tests[0]?.input).toBe('new Counter(5)\n.inc()\n.inc()');
  });

  it('reports a compile error once, located in the source, without running tests', async () => {
    const report = await judge.judge(
      task('function twoSum(nums: number[]): number[] {\n  return [0, 1;\n}', { language: 'typescript' }),
    );
    expect(report).toMatchObject({ verdict: 'compile_error', passed: 0, total: 3, tests: [] });
    expect(report.compileError).toMatchObject({ name: 'SyntaxError', line: 2 });
  });

  it('stops a submission at its own deadline', async () => {
    const onePool = new JudgePool({ size: 1 });
    try {
      const tests = Array.from(
        { length: 6 },
        (_, i): JudgeCase => ({ name: `t${i}`, hidden: i > 2, args: [], expected: 1 }),
      );
      const report = await new Judge(onePool).judge(
        task('function twoSum() { for (;;) {} }', {
          tests,
          limits: { timeoutMs: 150, steps: 1e12, submissionMs: 400 },
        }),
      );
      expect(report.verdict).toBe('time_limit');
      // A test that never started took no time; one stopped at its own deadline took 150 ms.
      const notRun = report.tests.filter((t) => t.timeMs === 0);
      expect(notRun.length).toBeGreaterThan(0);
      for (const t of notRun) if (!t.hidden) expect(t.limitMessage).toMatch(/not run/);
    } finally {
      await onePool.close();
    }
  });

  it('withdraws every test when it is cancelled', async () => {
    const controller = new AbortController();
    const pending = judge.judge(
      task('function twoSum() { for (;;) {} }', { limits: { timeoutMs: 1000 } }),
      controller.signal,
    );
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
