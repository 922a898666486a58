import { describe, expect, it } from 'vitest';
import { DEFAULT_PHASES, phaseStateAt, withAutomaticPhaseStarts } from './phases.ts';
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

describe('withAutomaticPhaseStarts', () => {
  const ivy = { participantId: 'p1', name: 'Ivy', role: 'interviewer' as const };
  const moved = (seq: number, ms: number, index: number) => ({
    ...at(seq, ms, { kind: 'phaseStarted', index }),
    by: ivy,
  });
  const starts = (timeline: TimelineEvent[]) =>
    timeline.map((event) => [event.kind, event.seq, event.by ? 'ivy' : null, Date.parse(event.at) - T0]);

  it('puts each move the timer made by itself after the event it followed, up to the end', () => {
    const planned = { ...at(1, T0, { kind: 'phasesPlanned', phases: [...DEFAULT_PHASES] }), by: ivy };
    const stopped = at(2, T0 + 7 * MIN, { kind: 'phasesStopped' });
    // The plan, then the timer's own move at 5 minutes, then Ivy's move to phase 3, then the
    // timer's at 8 + 20 = 28 and 33 minutes, where the session ends.
    const timeline = [planned, moved(2, T0 + 8 * MIN, 2)];
    expect(starts(withAutomaticPhaseStarts(timeline, T0 + 34 * MIN))).toEqual([
      ['phasesPlanned', 1, 'ivy', 0],
      ['phaseStarted', 1, null, 5 * MIN],
      ['phaseStarted', 2, 'ivy', 8 * MIN],
      ['phaseStarted', 2, null, 28 * MIN],
      ['phaseStarted', 2, null, 33 * MIN],
    ]);
    expect(
      withAutomaticPhaseStarts(timeline, T0 + 34 * MIN).map((e) => (e.kind === 'phaseStarted' ? e.index : -1)),
    ).toEqual([-1, 1, 2, 3, 4]);
    // Nothing after a stop, nothing past the last phase, and nothing without a plan.
    expect(starts(withAutomaticPhaseStarts([planned, stopped], T0 + 60 * MIN))).toEqual([
      ['phasesPlanned', 1, 'ivy', 0],
      ['phaseStarted', 1, null, 5 * MIN],
      ['phasesStopped', 2, null, 7 * MIN],
    ]);
    expect(withAutomaticPhaseStarts([planned], T0 + 600 * MIN)).toHaveLength(5);
    // A half whose pair swapped roles is over, its timer with it.
    const swapped = at(2, T0 + 7 * MIN, { kind: 'swapped', roomId: 'second' });
    expect(withAutomaticPhaseStarts([planned, swapped], T0 + 60 * MIN).map((e) => e.kind)).toEqual([
      'phasesPlanned',
      'phaseStarted',
      'swapped',
    ]);
    expect(withAutomaticPhaseStarts([stopped], T0 + 600 * MIN)).toEqual([stopped]);
  });
});
