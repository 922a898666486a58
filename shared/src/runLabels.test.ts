import { describe, expect, it } from 'vitest';
import { evidenceTag, type RunOutcome, runSummary } from './runLabels.ts';

const done = (over: Partial<RunOutcome>): RunOutcome => ({
  mode: 'run',
  status: 'done',
  report: null,
  complexity: null,
  ...over,
});

describe('run labels', () => {
  it('sums a run up in one line, by what it is', () => {
    const report = { verdict: 'wrong_answer' as const, passed: 18, total: 20 };
    expect(runSummary(done({ mode: 'submit', report }))).toBe('Submission — 18/20 passed (wrong answer)');
    expect(runSummary(done({ report: { verdict: 'accepted', passed: 3, total: 3 } }))).toBe(
      'Run — 3/3 passed (accepted)',
    );
    expect(runSummary(done({}))).toBe('Run');
    expect(runSummary(done({ status: 'failed' }))).toBe('Run — could not be judged');
    expect(runSummary(done({ mode: 'submit', status: 'running' }))).toBe('Submission — running');
    const measured = { status: 'measured' as const, time: 'O(n)' as const, failure: null };
    expect(runSummary(done({ mode: 'complexity', complexity: measured }))).toBe('Complexity check — measured O(n)');
    const failed = { status: 'time_limit' as const, time: null, failure: { n: 4096, message: 'too slow' } };
    expect(runSummary(done({ mode: 'complexity', complexity: failed }))).toBe(
      'Complexity check — not measured: time limit exceeded at n = 4096',
    );
  });

  it('tags evidence by what it is: a complexity check is not called a run', () => {
    expect(evidenceTag({ kind: 'run', mode: 'complexity' })).toBe('Complexity check');
    expect(evidenceTag({ kind: 'run', mode: 'submit' })).toBe('Submission');
    expect(evidenceTag({ kind: 'run', mode: 'run' })).toBe('Run');
    expect(evidenceTag({ kind: 'run' })).toBe('Run');
    expect(evidenceTag({ kind: 'note' })).toBe('Note');
    expect(evidenceTag({ kind: 'claim' })).toBe('Claim');
    expect(evidenceTag({ kind: 'hint' })).toBe('Hint');
  });
});
