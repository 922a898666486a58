import { describe, expect, it } from 'vitest';
import { type ProblemOutcome, SCORE_FORMULA, scoreAssessment } from './assessmentScore.ts';

const outcome = (overrides: Partial<ProblemOutcome>): ProblemOutcome => ({
  slug: 'two-sum',
  runId: 'r1',
  title: 'Two Sum',
  difficulty: 'easy',
  passed: 20,
  total: 20,
  measured: 'O(n)',
  measurable: true,
  intended: 'O(n)',
  hintsRevealed: 0,
  ...overrides,
});

describe('the published score', () => {
  it('gives a full pass at the intended complexity the whole worth, by difficulty', () => {
    const score = scoreAssessment([
      outcome({}),
      outcome({ slug: 'b', difficulty: 'medium' }),
      outcome({ slug: 'c', difficulty: 'hard' }),
    ]);
    expect(score.problems.map((p) => p.points)).toEqual([100, 200, 300]);
    expect(score).toMatchObject({ earned: 600, possible: 600, total: 1000, scale: 1000 });
  });

  it('gives partial credit for the tests passed, and no efficiency short of a full pass', () => {
    const [p] = scoreAssessment([outcome({ difficulty: 'medium', passed: 15, total: 20 })]).problems;
    expect(p).toMatchObject({ worth: 200, correctness: 120, efficiency: 0, points: 120 });
  });

  it('withholds efficiency from a class slower than intended, and gives it where nothing is measured', () => {
    const slow = scoreAssessment([outcome({ measured: 'O(n²)' })]).problems[0];
    expect(slow).toMatchObject({ correctness: 80, efficiency: 0, points: 80 });
    const faster = scoreAssessment([outcome({ measured: 'O(1)' })]).problems[0];
    expect(faster?.efficiency).toBe(20);
    const unmeasurable = scoreAssessment([outcome({ measured: null, measurable: false })]).problems[0];
    expect(unmeasurable?.efficiency).toBe(20);
    const failedCheck = scoreAssessment([outcome({ measured: null })]).problems[0];
    expect(failedCheck?.efficiency).toBe(0);
    const freeForm = scoreAssessment([outcome({ intended: 'O(n + m)', measured: 'O(n)' })]).problems[0];
    expect(freeForm?.efficiency).toBe(20);
  });

  it('takes each hint’s cost, never below zero, and scores nothing judged as zero', () => {
    expect(scoreAssessment([outcome({ hintsRevealed: 2 })]).problems[0]).toMatchObject({ hintCost: 20, points: 80 });
    expect(scoreAssessment([outcome({ passed: 1, hintsRevealed: 3 })]).problems[0]?.points).toBe(0);
    const score = scoreAssessment([outcome({}), outcome({ slug: 'b', runId: null, passed: 0, total: 0 })]);
    expect(score).toMatchObject({ earned: 100, possible: 200, total: 500 });
  });

  it('publishes its formula with the numbers it applies', () => {
    const text = SCORE_FORMULA.join(' ');
    for (const figure of ['100 points', '200', '300', '80 %', '20 %', '10 %', '1000']) expect(text).toContain(figure);
  });
});
