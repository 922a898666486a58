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
const check = (id: string, created = 1, patch: Partial<RunRecord> = {}) =>
  run({ id, mode: 'complexity', createdAt: at(created), finishedAt: null, status: 'running', ...patch });

describe('a submission and the complexity check that followed it', () => {
  it('pairs an accepted submission with the check the server started after it', () => {
    const { checkOf, submitOf } = pairFollowUps([submit('s'), check('c')]);
    expect(checkOf.get('s')?.id).toBe('c');
    expect(submitOf.get('c')?.id).toBe('s');
  });

  it('reaches past someone else’s run in between', () => {
    const other = run({ id: 'o', by: { name: 'Ivo', role: 'interviewer' }, createdAt: at(1) });
    expect(pairFollowUps([submit('s'), other, check('c', 2)]).checkOf.get('s')?.id).toBe('c');
  });

  it('leaves a check on its own when nothing it could follow came just before', () => {
    const cases: RunRecord[][] = [
      [check('c')],
      [submit('s', 'wrong_answer'), check('c')],
      [submit('s'), check('c', 30)],
      [submit('s'), check('c', 2, { by: { name: 'Ivo', role: 'interviewer' } })],
      [submit('s'), check('c', 2, { language: 'typescript' })],
      [submit('s'), check('c', 2, { problemSlug: 'lru-cache' })],
      [{ ...submit('s'), status: 'running', finishedAt: null, report: null }, check('c')],
    ];
    for (const runs of cases) expect(pairFollowUps(runs).submitOf.size).toBe(0);
  });

  it('gives a submission one check at most', () => {
    const { checkOf, submitOf } = pairFollowUps([submit('s'), check('c1', 1), check('c2', 2)]);
    expect(checkOf.get('s')?.id).toBe('c1');
    expect(submitOf.has('c2')).toBe(false);
  });
});
