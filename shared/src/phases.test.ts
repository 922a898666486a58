import { describe, expect, it } from 'vitest';
import { DEFAULT_PHASES, phaseStateAt } from './phases.ts';
import type { TimelineEvent, TimelineFact } from './timeline.ts';

const T0 = Date.parse('2026-12-07T10:00:00Z');
const MIN = 60_000;

function at(seq: number, ms: number, fact: TimelineFact): TimelineEvent {
  return { seq, at: new Date(ms).toISOString(), by: null, ...fact } as TimelineEvent;
}

describe('phaseStateAt', () => {
  const planned = at(1, T0, { kind: 'phasesPlanned', phases: [...DEFAULT_PHASES] });

  it('is off without a plan, and after a stop', () => {
    expect(phaseStateAt([], T0)).toBeNull();
    expect(phaseStateAt([planned, at(2, T0 + MIN, { kind: 'phasesStopped' })], T0 + 2 * MIN)).toBeNull();
  });

  it('moves on to each phase when the one before is up, and counts overtime after the last', () => {
    expect(phaseStateAt([planned], T0 + 4 * MIN)).toMatchObject({ index: 0, startedAt: T0, endsAt: T0 + 5 * MIN });
    expect(phaseStateAt([planned], T0 + 5 * MIN)).toMatchObject({ index: 1, startedAt: T0 + 5 * MIN, overtimeMs: 0 });
    expect(phaseStateAt([planned], T0 + 36 * MIN)).toMatchObject({ index: 3, endsAt: T0 + 40 * MIN });
    expect(phaseStateAt([planned], T0 + 47 * MIN)).toMatchObject({
      index: 4,
      endsAt: T0 + 45 * MIN,
      overtimeMs: 2 * MIN,
    });
  });

  it('starts a phase the interviewer went to at that moment, and goes on from there', () => {
    const timeline = [planned, at(2, T0 + 2 * MIN, { kind: 'phaseStarted', index: 2 })];
    expect(phaseStateAt(timeline, T0 + 3 * MIN)).toMatchObject({
      index: 2,
      startedAt: T0 + 2 * MIN,
      endsAt: T0 + 22 * MIN,
    });
    expect(phaseStateAt(timeline, T0 + 23 * MIN)).toMatchObject({ index: 3 });
    // Back to an earlier one, and a new plan starting over.
    const back = [...timeline, at(3, T0 + 4 * MIN, { kind: 'phaseStarted', index: 0 })];
    expect(phaseStateAt(back, T0 + 5 * MIN)).toMatchObject({ index: 0, startedAt: T0 + 4 * MIN });
    const again = [...back, at(4, T0 + 6 * MIN, { kind: 'phasesPlanned', phases: [{ name: 'Code', minutes: 1 }] })];
    expect(phaseStateAt(again, T0 + 10 * MIN)).toMatchObject({
      index: 0,
      overtimeMs: 3 * MIN,
      phases: [{ name: 'Code' }],
    });
  });
});
