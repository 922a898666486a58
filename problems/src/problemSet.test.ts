import { describe, expect, it } from 'vitest';
import { TOPICS } from './catalog.ts';
import { loadProblems } from './loadProblems.ts';

// The shipped problem set, as issue 4 asks for it: at least 40 problems, about 30% easy,
// 50% medium and 20% hard, every interview topic, and ten JavaScript fundamentals.
describe('the problem set', async () => {
  const { problems } = await loadProblems();
  const share = (difficulty: string) => problems.filter((p) => p.difficulty === difficulty).length / problems.length;

  it('has at least 40 problems in a 30 / 50 / 20 difficulty mix (within 8 points)', () => {
    expect(problems.length).toBeGreaterThanOrEqual(40);
    expect(Math.abs(share('easy') - 0.3)).toBeLessThanOrEqual(0.08);
    expect(Math.abs(share('medium') - 0.5)).toBeLessThanOrEqual(0.08);
    expect(Math.abs(share('hard') - 0.2)).toBeLessThanOrEqual(0.08);
  });

  it('covers every interview topic, and ten JavaScript fundamentals', () => {
    const covered = new Set(problems.flatMap((p) => p.topics));
    const required = TOPICS.filter((topic) => topic !== 'strings' && topic !== 'math');
    expect(required.filter((topic) => !covered.has(topic))).toEqual([]);
    expect(problems.filter((p) => p.topics.includes('javascript-fundamentals')).length).toBeGreaterThanOrEqual(10);
  });

  it('gives every problem a guide, a reference, two visible and ten hidden tests, and a wrong solution', () => {
    const lacking = problems.filter(
      (p) =>
        !p.guide ||
        !p.reference ||
        p.tests.visible.length < 2 ||
        p.tests.hidden.length < 10 ||
        p.wrongSolutions.length === 0,
    );
    expect(lacking.map((p) => p.slug)).toEqual([]);
  });
});
