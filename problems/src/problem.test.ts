import { describe, expect, it } from 'vitest';
import { loadProblem } from './loadProblems.ts';
import { candidateView, type Problem, toSummary } from './problem.ts';
import { PROBLEMS_ROOT } from './root.ts';

async function load(slug: string): Promise<Problem> {
  const { problem, errors } = await loadProblem(PROBLEMS_ROOT, slug);
  if (!problem) throw new Error(JSON.stringify(errors));
  return problem;
}

describe('what a candidate may see', () => {
  it('summarises a problem for a listing', async () => {
    expect(toSummary(await load('two-sum'))).toEqual({
      slug: 'two-sum',
      title: 'Two Sum',
      difficulty: 'easy',
      topics: ['arrays-and-hashing'],
      kind: 'function',
    });
  });

  it('shows statement, starters, signature and visible tests, and nothing else', async () => {
    for (const slug of ['two-sum', 'lru-cache', 'promise-all']) {
      const problem = await load(slug);
      const view = candidateView(problem);
      expect(Object.keys(view).sort()).toEqual(
        [
          'difficulty',
          'entry',
          'kind',
          'signature',
          'slug',
          'starter',
          'statement',
          'title',
          'topics',
          'visibleTests',
        ].sort(),
      );
      expect(view.visibleTests).toEqual(problem.tests.visible);
      expect(view.signature).toEqual(problem.signature);
      const text = JSON.stringify(view, (_key, value) => (typeof value === 'bigint' ? String(value) : value));
      expect(text).not.toContain(problem.reference);
      for (const hidden of problem.tests.hidden) expect(text).not.toContain(JSON.stringify(hidden.name));
      expect(text).not.toContain('checker');
      expect(text).not.toContain('generator');
    }
  });

  it('shares no objects with the problem', async () => {
    const problem = await load('lru-cache');
    const view = candidateView(problem);
    expect(view.visibleTests).not.toBe(problem.tests.visible);
    view.topics.push('math');
    view.starter.javascript = '';
    expect(problem.topics).toEqual(['arrays-and-hashing', 'linked-lists']);
    expect(problem.starter.javascript).toContain('class LRUCache');
  });
});
