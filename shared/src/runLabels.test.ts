import { describe, expect, it } from 'vitest';
import { complexityFinding, evidenceTag, type RunOutcome, runSummary } from './runLabels.ts';

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
      'Complexity check — not measured: Time limit exceeded at n = 4096',
    );
  });

  it('says what a complexity check found, whatever it holds', () => {
    expect(complexityFinding({ status: 'measured', time: 'O(n²)', failure: null })).toBe('Measured O(n²)');
    expect(complexityFinding({ status: 'measured', time: null, failure: null })).toBe('Measured no class');
    const wrong = { status: 'wrong_answer' as const, time: null, failure: { n: 4096, message: '' } };
    expect(complexityFinding(wrong, (n) => n.toLocaleString('en'))).toBe('Not measured: Wrong answer at n = 4,096');
    expect(complexityFinding({ ...wrong, failure: null })).toBe('Not measured: Wrong answer');
  });

  it('tags evidence by what it is: a complexity check is not called a run', () => {
    const shown = { id: 'x', at: '2026-12-07T10:00:00Z', label: '' };
    expect(evidenceTag({ ...shown, kind: 'run', mode: 'complexity' })).toBe('Complexity check');
    expect(evidenceTag({ ...shown, kind: 'run', mode: 'submit' })).toBe('Submission');
    expect(evidenceTag({ ...shown, kind: 'run', mode: 'run' })).toBe('Run');
    expect(evidenceTag({ ...shown, kind: 'note' })).toBe('Note');
    expect(evidenceTag({ ...shown, kind: 'claim' })).toBe('Claim');
    expect(evidenceTag({ ...shown, kind: 'hint' })).toBe('Hint');
  });
});
