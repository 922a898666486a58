import { type ComplexityReport, type RunRecord, VERDICTS } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import {
  complexityLook,
  complexityOutcome,
  describeRun,
  formatAgo,
  formatDuration,
  runVerdictLook,
  verdictLook,
} from './format.ts';

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
  follows: null,
  target: 'problem',
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
    expect(describeRun(run({ problemSlug: 'scratch', target: 'program' }))).toBe('Cara ran the program');
    expect(runVerdictLook(run({ problemSlug: 'scratch', target: 'program' }), 'accepted').label).toBe('Finished');
    expect(describeRun(run({ mode: 'complexity' }))).toBe('Cara checked the complexity');
  });

  it('says what a complexity check found, in words', () => {
    const measured: ComplexityReport = { status: 'measured', time: 'O(n²)', points: [], failure: null };
    expect(complexityOutcome(measured)).toBe('Measured O(n²)');
    expect(complexityLook(measured)).toMatchObject({ label: 'O(n²)', tone: 'neutral' });
    const wrong: ComplexityReport = {
      status: 'wrong_answer',
      time: null,
      points: [],
      failure: { n: 4096, message: 'expected 1' },
    };
    expect(complexityOutcome(wrong)).toBe('Not measured: Wrong answer at n = 4,096');
    expect(complexityLook(wrong)).toMatchObject({ label: 'Not measured', icon: '✕', tone: 'bad' });
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
