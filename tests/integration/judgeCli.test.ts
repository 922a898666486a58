import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;

/** Runs `pnpm judge ...` the way a user does (the same node command the script runs). */
function judge(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/src/cli/judgeCli.ts', ...args],
      { cwd: root, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function solution(name: string, code: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, code);
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dryrun-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('pnpm judge', () => {
  it('lists the problems as JSON', async () => {
    const { code, stdout } = await judge('--list', '--json');
    expect(code).toBe(0);
    const problems = JSON.parse(stdout) as Array<{ slug: string; difficulty: string; kind: string }>;
    expect(problems.map((p) => p.slug)).toContain('two-sum');
    expect(problems.find((p) => p.slug === 'lru-cache')).toMatchObject({ kind: 'class' });
  });

  it('judges a TypeScript solution and prints one JSON object', async () => {
    const file = await solution(
      'twoSum.ts',
      'function twoSum(nums: number[], target: number): number[] {\n  const seen = new Map<number, number>();\n  for (let i = 0; i < nums.length; i++) {\n    const j = seen.get(target - nums[i]);\n    if (j !== undefined) return [j, i];\n    seen.set(nums[i], i);\n  }\n  return [];\n}\n',
    );
    const { code, stdout } = await judge('--problem', 'two-sum', '--file', file, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      verdict: string;
      tests: Array<{ name: string; verdict: string; steps: number; timeMs: number }>;
    };
    expect(report.verdict).toBe('accepted');
    expect(report.tests.length).toBeGreaterThanOrEqual(12);
    for (const test of report.tests) {
      expect(test).toMatchObject({ verdict: 'accepted', name: expect.any(String) });
      expect(test.steps).toBeGreaterThan(0);
      expect(test.timeMs).toBeGreaterThan(0);
    }
  });

  it('exits 0 with the verdict of a wrong or broken solution, and prints a table', async () => {
    const wrong = await solution('wrong.js', 'function twoSum(nums, target) { return [0, 1]; }');
    const table = await judge('--problem', 'two-sum', '--file', wrong);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^wrong_answer: \d+\/\d+ tests passed/m);
    expect(table.stdout).toMatch(/expected:/);
    const broken = await solution('broken.js', 'function twoSum(nums, target) {\n  return [0, 1;\n}');
    const json = JSON.parse((await judge('--problem', 'two-sum', '--file', broken, '--json')).stdout) as {
      verdict: string;
      compileError: { line: number };
    };
    expect(json).toMatchObject({ verdict: 'compile_error', compileError: { line: 2 } });
    const slow = await solution('slow.js', 'function twoSum() { for (;;) {} }');
    const timed = JSON.parse((await judge('--problem', 'two-sum', '--file', slow, '--json')).stdout) as {
      verdict: string;
    };
    expect(timed.verdict).toBe('time_limit');
  });

  it('refuses a usage mistake with exit code 2', async () => {
    expect((await judge('--problem', 'no-such-problem', '--file', 'x.js')).code).toBe(2);
    expect((await judge('--problem', 'two-sum', '--file', join(dir, 'missing.js'))).code).toBe(2);
    expect((await judge('--bogus')).code).toBe(2);
    const txt = await solution('notes.txt', 'hello');
    expect((await judge('--problem', 'two-sum', '--file', txt)).stderr).toMatch(/\.js or \.ts/);
  });

  describe('--eval: a whole program, as Run does on a blank pad', () => {
    const evalJson = async (name: string, code: string) => {
      const result = await judge('--eval', await solution(name, code), '--json');
      expect(result.code).toBe(0);
      const parsed = JSON.parse(result.stdout) as Record<string, unknown>;
      expect(Object.keys(parsed).sort()).toEqual(['error', 'stdout', 'steps', 'timeMs', 'verdict']);
      return parsed;
    };

    it('prints what the program printed, under the virtual clock, and counts its steps', async () => {
      const run = await evalJson(
        'clock.ts',
        'const xs: number[] = [3, 1, 2];\nfor (const x of xs) console.log(x * 2);\nsetTimeout(() => console.log("later"), 5000);\n',
      );
      // Three loop iterations and the timer's callback.
      expect(run).toMatchObject({ verdict: 'accepted', stdout: '6\n2\n4\nlater', error: null, steps: 4 });
      expect(run.timeMs).toEqual(expect.any(Number));
      const again = await evalJson('clock-again.ts', 'for (let i = 0; i < 3; i++) {}\n');
      expect(again.steps).toBe(3);
    });

    it('locates an uncaught error in the source, TypeScript included', async () => {
      const run = await evalJson(
        'throws.ts',
        'type T = { a: number };\nconst t: T | null = null;\nconsole.log("before");\n(t as any).a;\n',
      );
      expect(run).toMatchObject({
        verdict: 'runtime_error',
        stdout: 'before',
        error: { name: 'TypeError', line: 4, column: expect.any(Number) },
      });
    });

    it('names each way a program can end', async () => {
      expect(await evalJson('syntax.js', 'const = 1;\n')).toMatchObject({
        verdict: 'compile_error',
        error: { name: 'SyntaxError', line: 1 },
      });
      expect((await evalJson('loop.js', 'while (true) {}\n')).verdict).toBe('time_limit');
      expect(
        (await evalJson('memory.js', 'const a = []; while (true) a.push(new Array(1e5).fill(1));\n')).verdict,
      ).toBe('memory_limit');
      expect((await evalJson('flood.js', 'while (true) console.log("x".repeat(100));\n')).verdict).toBe('output_limit');
    });

    it('prints the output, then how it ended, without --json', async () => {
      const { code, stdout, stderr } = await judge(
        '--eval',
        await solution('plain.js', 'console.log("hi");\nnull.x;\n'),
      );
      expect(code).toBe(0);
      expect(stdout).toBe('hi\n');
      expect(stderr).toContain('Uncaught TypeError');
      expect(stderr).toContain('(line 2, column');
      expect(stderr).toContain('runtime_error');
    });

    it('is a usage mistake to name a file it cannot read or run', async () => {
      expect((await judge('--eval', join(dir, 'missing.js'))).code).toBe(2);
      expect((await judge('--eval', await solution('notes.txt', 'hello'))).code).toBe(2);
    });
  });
});
