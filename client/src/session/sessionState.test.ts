import { type SessionFeedbackView, type SessionView, sessionOf, type TimelineEvent } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { halfHref, halfReportHref, sessionDuties } from './sessionState.ts';

const HALVES: SessionView['halves'] = [{ minutes: 30 }, { minutes: 25 }];

let seq = 0;
function event(fact: Record<string, unknown>): TimelineEvent {
  seq++;
  return { seq, at: '2025-05-12T14:05:00.000Z', by: null, ...fact } as TimelineEvent;
}

function view(
  halves: Array<{ half: 1 | 2; roomId: string; scorecard?: boolean; rating?: boolean }>,
  released = false,
): SessionFeedbackView {
  return {
    halves: halves.map((h) => ({ scorecard: false, rating: false, ...h })),
    released,
    releasesAt: null,
  };
}

describe('sessionOf', () => {
  it('is the snapshot’s until the swap, then learns the second half’s room', () => {
    const first: SessionView = { half: 1, halves: HALVES, otherRoomId: null };
    expect(sessionOf(first, [event({ kind: 'swapProposed' })])).toBe(first);
    expect(sessionOf(first, [event({ kind: 'swapProposed' }), event({ kind: 'swapped', roomId: 'r2' })])).toEqual({
      ...first,
      otherRoomId: 'r2',
    });
  });

  it('makes a room of one half the first of two once its pair swaps', () => {
    expect(sessionOf(null, [])).toBeNull();
    expect(sessionOf(null, [event({ kind: 'swapped', roomId: 'r2' })])).toEqual({
      half: 1,
      halves: null,
      otherRoomId: 'r2',
    });
  });

  it('keeps the second half’s link to the first', () => {
    const second: SessionView = { half: 2, halves: HALVES, otherRoomId: 'r1' };
    expect(sessionOf(second, [])).toBe(second);
  });
});

describe('the links of a half', () => {
  it('carry the token, and the name when the link had one', () => {
    expect(halfHref('r2', 'tok/en+')).toBe('/room/r2?token=tok%2Fen%2B');
    expect(halfHref('r2', 'abc', 'Ann Lee')).toBe('/room/r2?token=abc&name=Ann+Lee');
    expect(halfHref('r2', 'abc', null)).toBe('/room/r2?token=abc');
    expect(halfReportHref('r1', 'abc')).toBe('/room/r1/report?token=abc');
  });
});

describe('sessionDuties', () => {
  const first: SessionView = { half: 1, halves: HALVES, otherRoomId: 'r2' };
  const second: SessionView = { half: 2, halves: HALVES, otherRoomId: 'r1' };

  it('has the first half’s interviewer score it here and rate in the second half', () => {
    const duties = sessionDuties(
      first,
      { roomId: 'r1', role: 'interviewer' },
      view([
        { half: 1, roomId: 'r1', scorecard: true, rating: true },
        { half: 2, roomId: 'r2' },
      ]),
    );
    expect(duties).toEqual({
      score: { half: 1, roomId: 'r1', here: true, done: true },
      rate: { half: 2, roomId: 'r2', here: false, done: false },
      theirScore: false,
      theirRating: true,
    });
  });

  it('sends the second half’s candidate back to the first half to score it', () => {
    const duties = sessionDuties(
      second,
      { roomId: 'r2', role: 'candidate' },
      view([
        { half: 1, roomId: 'r1', rating: true },
        { half: 2, roomId: 'r2', scorecard: true },
      ]),
    );
    expect(duties.score).toEqual({ half: 1, roomId: 'r1', here: false, done: false });
    expect(duties.rate).toEqual({ half: 2, roomId: 'r2', here: true, done: false });
    expect(duties.theirScore).toBe(true);
    expect(duties.theirRating).toBe(true);
  });

  it('knows no room for the second half before the swap', () => {
    const before: SessionView = { half: 1, halves: HALVES, otherRoomId: null };
    const candidate = sessionDuties(before, { roomId: 'r1', role: 'candidate' }, view([{ half: 1, roomId: 'r1' }]));
    expect(candidate.score).toEqual({ half: 2, roomId: null, here: false, done: false });
    expect(candidate.rate).toEqual({ half: 1, roomId: 'r1', here: true, done: false });
    const interviewer = sessionDuties(before, { roomId: 'r1', role: 'interviewer' }, null);
    expect(interviewer.rate.roomId).toBeNull();
    expect(interviewer.score).toEqual({ half: 1, roomId: 'r1', here: true, done: false });
  });
});
