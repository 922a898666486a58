import { type RunRecord, VERDICTS } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { describeRun, formatAgo, formatDuration, runVerdictLook, verdictLook } from './format.ts';

const run = (patch: Partial<RunRecord>): RunRecord => ({
  id: 'r',
  mode: 'run',
  status: 'done',
  problemSlug: 'two-sum',
  language: 'javascript',
  by: { name: 'Cara', role: 'candidate' },
  createdAt: '2026-01-01T12:00:00.000Z',
  finishedAt: null,
  customInput: null,
  complexity: null,
  report: null,
  error: null,
  ...patch,
});

describe('how runs read', () => {
  it('names every verdict in words, each with an icon', () => {
    const labels = VERDICTS.map((v) => verdictLook(v).label);
    expect(new Set(labels).size).toBe(VERDICTS.length);
    for (const v of VERDICTS) expect(verdictLook(v).icon).not.toBe('');
    expect(verdictLook('wrong_answer').label).toBe('Wrong answer');
  });

  it('says who ran what', () => {
    expect(describeRun(run({ mode: 'submit' }))).toBe('Cara submitted');
    expect(describeRun(run({}))).toBe('Cara ran the tests');
    expect(describeRun(run({ customInput: '[[1], 1]' }))).toBe('Cara ran the tests with custom input');
    expect(describeRun(run({ problemSlug: 'scratch' }))).toBe('Cara ran the program');
    expect(runVerdictLook(run({ problemSlug: 'scratch' }), 'accepted').label).toBe('Finished');
  });

  it('formats times for people', () => {
    const at = Date.parse('2026-01-01T12:00:00.000Z');
    expect(formatAgo('2026-01-01T12:00:00.000Z', at + 10_000)).toBe('just now');
    // A server clock slightly ahead is still "just now".
    expect(formatAgo('2026-01-01T12:00:20.000Z', at)).toBe('just now');
    expect(formatAgo('2026-01-01T12:00:00.000Z', at + 3 * 60_000)).toMatch(/3/);
    expect(formatDuration(12.4)).toBe('12 ms');
    expect(formatDuration(1250)).toBe('1.25 s');
  });
});
