import { describe, expect, it } from 'vitest';
import { generateArgs, loadChecker } from './authorModules.ts';
import { loadProblem } from './loadProblems.ts';
import type { Problem } from './problem.ts';
import { PROBLEMS_ROOT } from './root.ts';

async function load(slug: string): Promise<Problem> {
  const { problem, errors } = await loadProblem(PROBLEMS_ROOT, slug);
  if (!problem) throw new Error(JSON.stringify(errors));
  return problem;
}

describe('generateArgs', () => {
  it('gives the same input for the same size and seed', async () => {
    const problem = await load('two-sum');
    const first = await generateArgs(problem, 500, 7);
    expect(await generateArgs(problem, 500, 7)).toEqual(first);
    expect(await generateArgs(problem, 500, 8)).not.toEqual(first);
    const [nums, target] = first as [number[], number];
    expect(nums).toHaveLength(500);
    expect(nums.some((a, i) => nums.some((b, j) => i !== j && a + b === target))).toBe(true);
  });

  it('gives a class problem its calls, starting with "new"', async () => {
    const calls = await generateArgs(await load('lru-cache'), 100, 3);
    expect(calls).toHaveLength(101);
    expect(calls[0]).toEqual(['new', expect.any(Number)]);
  });

  it('refuses a problem without a generator', async () => {
    const problem = { ...(await load('two-sum')), generatorPath: null };
    await expect(generateArgs(problem, 10, 1)).rejects.toThrow(/has no generator\.js/);
  });
});

describe('loadChecker', () => {
  it('accepts any valid pair for two-sum and says why a wrong one is wrong', async () => {
    const check = await loadChecker(await load('two-sum'));
    if (!check) throw new Error('two-sum has a checker');
    const args = [[1, 5, 2, 4, 3], 6];
    expect(check({ args, expected: [0, 1], actual: [0, 1] })).toBe(true);
    expect(check({ args, expected: [0, 1], actual: [3, 2] })).toBe(true);
    expect(check({ args, expected: undefined, actual: [4, 4] })).toMatch(/used only once/);
    expect(check({ args, expected: [0, 1], actual: [0, 2] })).toMatch(/is 3, not 6/);
    expect(check({ args, expected: [0, 1], actual: [0, 9] })).toMatch(/not an index/);
    expect(check({ args, expected: [0, 1], actual: 'no' })).toMatch(/two indices/);
  });

  it('is null for a problem that compares answers itself', async () => {
    expect(await loadChecker(await load('lru-cache'))).toBeNull();
  });
});
