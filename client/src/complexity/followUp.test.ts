import type { JudgeReport, RunRecord, Verdict } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { pairFollowUps } from './followUp.ts';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, seconds)).toISOString();

const run = (patch: Partial<RunRecord>): RunRecord => ({
  id: 'r',
  mode: 'run',
  status: 'done',
  problemSlug: 'two-sum',
  language: 'javascript',
  by: { name: 'Cara', role: 'candidate' },
  createdAt: at(0),
  finishedAt: at(1),
  customInput: null,
  complexity: null,
  follows: null,
  target: 'problem',
  report: null,
  error: null,
  ...patch,
});

const report = (verdict: Verdict): JudgeReport => ({
  verdict,
  passed: 1,
  total: 1,
  steps: 1,
  timeMs: 1,
  compileError: null,
  tests: [],
});

const submit = (id: string, verdict: Verdict = 'accepted') => run({ id, mode: 'submit', report: report(verdict) });
const check = (id: string, follows: string | null, patch: Partial<RunRecord> = {}) =>
  run({ id, mode: 'complexity', follows, finishedAt: null, status: 'running', ...patch });

describe('a submission and the complexity check that followed it', () => {
  it('pairs a submission with the check the server says followed it', () => {
    const { checkOf, submitOf } = pairFollowUps([submit('s'), check('c', 's')]);
    expect(checkOf.get('s')?.id).toBe('c');
    expect(submitOf.get('c')?.id).toBe('s');
  });

  it('reaches past someone else’s run in between', () => {
    const other = run({ id: 'o', by: { name: 'Ivo', role: 'interviewer' }, createdAt: at(1) });
    expect(pairFollowUps([submit('s'), other, check('c', 's')]).checkOf.get('s')?.id).toBe('c');
  });

  it('leaves a check asked for by a person on its own, even right after a submission', () => {
    expect(pairFollowUps([submit('s'), check('c', null)]).submitOf.size).toBe(0);
  });

  it('leaves a check on its own when its submission is no longer in the list', () => {
    expect(pairFollowUps([check('c', 'gone')]).submitOf.size).toBe(0);
  });
});
