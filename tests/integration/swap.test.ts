import {
  ClientEvent,
  eventsOf,
  type FeedbackReport,
  historyApiPath,
  interviewerNotes,
  reportApiPath,
  type ScorecardInput,
  type SessionFeedbackView,
  SESSION_LIMITS,
  sessionApiPath,
  swapStateOf,
} from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.ts';
import { linkParts, useTestServer } from '../support/roomFixture.ts';
import { createRoom, eventually } from '../support/testServer.ts';

/** A complete scorecard citing nothing. */
function scorecard(strengths: string): ScorecardInput {
  const score = { score: 3 as const, comment: '', evidence: [] };
  return {
    scores: { problemSolving: score, coding: score, verification: score, communication: score, complexity: score },
    recommendation: 'yes',
    strengths,
    improve: 'Test the empty input.',
  };
}

const HALVES = [
  { problemSlug: 'two-sum', minutes: 30 },
  { problemSlug: 'balanced-brackets', minutes: 25 },
];
const MINUTES = [{ minutes: 30 }, { minutes: 25 }];

describe('a session in two halves', () => {
  const clock = new ManualClock();
  const t = useTestServer('pglite', { clock });

  const api = (path: string, link: string, init: RequestInit = {}) =>
    fetch(`${t.server.url}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${linkParts(link).token}`, 'Content-Type': 'application/json' },
    });

  /** The same link, opening another room (the second half's, or the first's). */
  const inRoom = (link: string, roomId: string) => {
    const url = new URL(link);
    url.pathname = `/room/${roomId}`;
    return url.toString();
  };

  /** Ann interviews Ben in the first half; they swap; the second half's room is `second`. */
  async function swappedSession() {
    const room = await createRoom(t.server.url, { title: 'Pair practice', halves: HALVES });
    const ann = await t.join(room.links.interviewer, 'Ann', { openPrivate: true });
    const ben = await t.join(room.links.candidate, 'Ben');
    const watcher = await t.join(room.links.observer, 'Olu');
    // Each half's minutes, never its problem: Ann is interviewed on the second one.
    expect(ben.welcome.session).toEqual({ half: 1, halves: MINUTES, otherRoomId: null });
    expect(JSON.stringify(ann.welcome)).not.toContain('balanced-brackets');
    await eventually(() => expect(ben.codeOf('two-sum').length).toBeGreaterThan(0));
    ben.codeOf('two-sum').insert(0, '// half one\n');
    expect(await ben.ask(ClientEvent.note, { text: 'A map of complements.' })).toEqual({ ok: true });
    interviewerNotes(ann.privateDoc).insert(0, 'Ben rushed the edge cases.');
    expect(await ben.ask(ClientEvent.swap, { action: 'propose' })).toEqual({ ok: true });
    expect(await ann.ask(ClientEvent.swap, { action: 'accept' })).toEqual({ ok: true });
    const second = await eventually(() => {
      const swap = swapStateOf(watcher.timeline);
      expect(swap.state).toBe('swapped');
      return swap.state === 'swapped' ? swap.roomId : '';
    });
    return { room, ann, ben, watcher, second };
  }

  it('swaps the roles of the same links, moves the guide and the private doc, and keeps each half apart', async () => {
    const { room, ann, ben, watcher, second } = await swappedSession();
    // Everyone in the first half heard where the session goes on.
    await eventually(() => expect(swapStateOf(ann.timeline)).toEqual({ state: 'swapped', roomId: second }));
    await eventually(() => expect(swapStateOf(ben.timeline)).toEqual({ state: 'swapped', roomId: second }));

    const ann2 = await t.join(inRoom(room.links.interviewer, second), 'Ann', { openPrivate: true });
    const ben2 = await t.join(inRoom(room.links.candidate, second), 'Ben', { openPrivate: true });
    const watcher2 = await t.join(inRoom(room.links.observer, second), 'Olu');
    expect(ann2.welcome.role).toBe('candidate');
    expect(ben2.welcome.role).toBe('interviewer');
    expect(watcher2.welcome.role).toBe('observer');
    expect(ben2.welcome.session).toEqual({ half: 2, halves: MINUTES, otherRoomId: room.id });
    expect(ben2.welcome.problem?.slug).toBe('balanced-brackets');

    // The guide goes to the new interviewer, for the new problem; the old one no longer gets it.
    expect(await ben2.ask(ClientEvent.guide, {})).toMatchObject({
      ok: true,
      guide: { problemSlug: 'balanced-brackets' },
    });
    expect(await ann2.ask(ClientEvent.guide, {})).toMatchObject({ ok: false, reason: 'FORBIDDEN' });

    // The new interviewer has a private doc of their own: never the notes about them.
    await eventually(() => expect(ann2.rejections.some((r) => r.reason === 'FORBIDDEN')).toBe(true));
    expect(ann2.receivedPrivateFrames).toHaveLength(0);
    interviewerNotes(ben2.privateDoc).insert(0, 'Ann explains well.');
    await eventually(() => expect(interviewerNotes(ann.privateDoc).toString()).toBe('Ben rushed the edge cases.'));
    const benInFirst = await t.join(room.links.candidate, 'Ben', { openPrivate: true });
    await eventually(() => expect(benInFirst.rejections.some((r) => r.reason === 'FORBIDDEN')).toBe(true));
    expect(benInFirst.receivedPrivateFrames).toHaveLength(0);
    expect(interviewerNotes(ben2.privateDoc).toString()).toBe('Ann explains well.');

    // The first half is over: its code stays as it was, and nothing new happens in it...
    ben.codeOf('two-sum').insert(0, '// too late\n');
    await eventually(() => expect(ben.rejections.some((r) => r.reason === 'FORBIDDEN')).toBe(true));
    expect(ann.codeOf('two-sum').toString().startsWith('// half one\n')).toBe(true);
    expect(await ben.ask(ClientEvent.note, { text: 'one more' })).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
    expect(await ben.requestRun({ mode: 'run' })).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
    expect(await ann.ask(ClientEvent.setProblem, { slug: 'lru-cache' })).toMatchObject({ ok: false });
    expect(await ann.ask(ClientEvent.revealHint, { index: 0 })).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
    expect(await ann.ask(ClientEvent.phases, { action: 'stop' })).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
    // ...but its interviewer may still finish their notes and scorecard draft.
    interviewerNotes(ann.privateDoc).insert(0, '(final) ');
    const annAgain = await t.join(room.links.interviewer, 'Ann', { openPrivate: true });
    await eventually(() =>
      expect(interviewerNotes(annAgain.privateDoc).toString()).toBe('(final) Ben rushed the edge cases.'),
    );

    // Each half keeps its own record.
    expect(await ann2.ask(ClientEvent.note, { text: 'A stack of openers.' })).toEqual({ ok: true });
    await eventually(() => expect(ben2.thinkAloud.map((n) => n.text)).toEqual(['A stack of openers.']));
    expect(annAgain.thinkAloud.map((n) => n.text)).toEqual(['A map of complements.']);
    expect(watcher.thinkAloud.map((n) => n.text)).toEqual(['A map of complements.']);
    await eventually(() => expect(watcher2.thinkAloud.map((n) => n.text)).toEqual(['A stack of openers.']));
    // The second half's code starts from its own problem, and the first half's stays readable there.
    expect(ann2.codeOf('two-sum').toString()).toBe('');

    // The second half does not swap again; an observer never swaps.
    expect(await ann2.ask(ClientEvent.swap, { action: 'propose' })).toMatchObject({ ok: false, reason: 'MALFORMED' });
    expect(await watcher.ask(ClientEvent.swap, { action: 'propose' })).toMatchObject({
      ok: false,
      reason: 'FORBIDDEN',
    });
    expect(await ann.ask(ClientEvent.swap, { action: 'propose' })).toMatchObject({ ok: false, reason: 'CONFLICT' });
  });

  it('is proposed by one and accepted, declined or withdrawn by the right person', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const ann = await t.join(room.links.interviewer, 'Ann');
    const ben = await t.join(room.links.candidate, 'Ben');
    expect(ben.welcome.session).toBeNull();
    expect(await ann.ask(ClientEvent.swap, { action: 'accept' })).toMatchObject({ ok: false, reason: 'MALFORMED' });
    expect(await ann.ask(ClientEvent.swap, { action: 'propose' })).toEqual({ ok: true });
    // Proposing twice changes nothing; one's own proposal is not theirs to accept or decline.
    expect(await ann.ask(ClientEvent.swap, { action: 'propose' })).toEqual({ ok: true });
    expect(await ann.ask(ClientEvent.swap, { action: 'accept' })).toMatchObject({ ok: false, reason: 'MALFORMED' });
    expect(await ben.ask(ClientEvent.swap, { action: 'withdraw' })).toMatchObject({ ok: false, reason: 'MALFORMED' });
    expect(await ben.ask(ClientEvent.swap, { action: 'decline' })).toEqual({ ok: true });
    await eventually(() => expect(swapStateOf(ann.timeline)).toEqual({ state: 'none' }));
    expect(await ben.ask(ClientEvent.swap, { action: 'propose' })).toEqual({ ok: true });
    expect(await ben.ask(ClientEvent.swap, { action: 'withdraw' })).toEqual({ ok: true });
    expect(await ann.ask(ClientEvent.swap, { action: 'propose' })).toEqual({ ok: true });
    // The other proposing too is agreeing.
    expect(await ben.ask(ClientEvent.swap, { action: 'propose' })).toEqual({ ok: true });
    await eventually(() => expect(swapStateOf(ann.timeline).state).toBe('swapped'));
    expect(eventsOf(ann.timeline, 'swapCancelled').map((e) => e.reason)).toEqual(['declined', 'withdrawn']);
    expect(eventsOf(ann.timeline, 'swapped')).toHaveLength(1);
    for (const bad of [{}, { action: 'swap' }, { action: 'accept', extra: 1 }, null]) {
      expect(await ann.ask(ClientEvent.swap, bad as never)).toMatchObject({ ok: false, reason: 'MALFORMED' });
    }
    // A pair that cannot agree fills no timeline: proposals stop at a cap.
    const other = await createRoom(t.server.url);
    const cleo = await t.join(other.links.candidate, 'Cleo');
    for (let i = 0; i < SESSION_LIMITS.maxSwapProposals; i++) {
      expect(await cleo.ask(ClientEvent.swap, { action: 'propose' })).toEqual({ ok: true });
      expect(await cleo.ask(ClientEvent.swap, { action: 'withdraw' })).toEqual({ ok: true });
    }
    expect(await cleo.ask(ClientEvent.swap, { action: 'propose' })).toMatchObject({
      ok: false,
      reason: 'RATE_LIMITED',
    });
    // An unplanned swap makes the room a session's first half.
    const ann2 = await t.join(
      inRoom(room.links.interviewer, eventsOf(ann.timeline, 'swapped')[0]?.roomId ?? ''),
      'Ann',
    );
    expect(ann2.welcome.session).toEqual({ half: 2, halves: null, otherRoomId: room.id });
    expect(ann2.welcome.problem).toBeNull();
  });

  it('refuses a plan of halves that is not one, naming what is wrong', async () => {
    const create = (body: unknown) =>
      fetch(`${t.server.url}/api/rooms`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const [halves, words] of [
      [[HALVES[0]], /halves/],
      [[HALVES[0], HALVES[1], HALVES[1]], /halves/],
      [[HALVES[0], { problemSlug: 'no-such-problem', minutes: 30 }], /no problem "no-such-problem"/],
      [[HALVES[0], { problemSlug: null, minutes: 4 }], /halves\.1\.minutes/],
      [[HALVES[0], { problemSlug: null, minutes: 30.5 }], /halves\.1\.minutes/],
      [[HALVES[0], { problemSlug: null }], /halves\.1\.minutes/],
    ] as const) {
      const response = await create({ halves });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { reason: string; message: string };
      expect(body.reason).toBe('MALFORMED');
      expect(body.message).toMatch(words);
    }
    const disagreeing = await create({ problemSlug: 'lru-cache', halves: HALVES });
    expect(await disagreeing.json()).toMatchObject({ reason: 'MALFORMED', message: expect.stringMatching(/once/) });
    // Blank pads in both halves are a plan too.
    const blank = await create({
      halves: [
        { problemSlug: null, minutes: 5 },
        { problemSlug: null, minutes: 120 },
      ],
    });
    expect(blank.status).toBe(201);
  });

  it('refuses a swap once a one-half room’s feedback is out', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const ann = await t.join(room.links.interviewer, 'Ann');
    const ben = await t.join(room.links.candidate, 'Ben');
    // A proposal standing when the scorecard goes in can no longer be taken up.
    expect(await ben.ask(ClientEvent.swap, { action: 'propose' })).toEqual({ ok: true });
    expect(await ann.ask(ClientEvent.submitScorecard, scorecard('Calm.'))).toEqual({ ok: true });
    expect(await ann.ask(ClientEvent.swap, { action: 'accept' })).toMatchObject({ ok: false, reason: 'CONFLICT' });
    expect(await ann.ask(ClientEvent.swap, { action: 'propose' })).toMatchObject({ ok: false, reason: 'CONFLICT' });
    expect(await ben.ask(ClientEvent.swap, { action: 'withdraw' })).toEqual({ ok: true });
    expect(await ben.ask(ClientEvent.swap, { action: 'propose' })).toMatchObject({ ok: false, reason: 'CONFLICT' });
    const session = await api(sessionApiPath(room.id), room.links.candidate);
    expect(await session.json()).toBeNull();
  });

  it('keeps what each wrote about the other sealed until both have submitted, then releases both', async () => {
    const { room, ann, ben, second } = await swappedSession();
    const links = { ann: room.links.interviewer, ben: room.links.candidate };
    const firstReport = reportApiPath(room.id);
    const secondReport = reportApiPath(second);
    const rate = (link: string, roomId: string, stars: number, comment: string) =>
      api(reportApiPath(roomId, 'rating'), link, { method: 'POST', body: JSON.stringify({ stars, comment }) });
    const status = async (link: string) =>
      (await (await api(sessionApiPath(second), link)).json()) as SessionFeedbackView;

    // Ann scores Ben's half (the first) after the swap, from its room.
    expect(await ann.ask(ClientEvent.submitScorecard, scorecard('Ben found the map quickly.'))).toEqual({ ok: true });
    // Ben rates Ann as his interviewer, before he may read her scorecard.
    expect((await rate(links.ben, room.id, 2, 'Ann hinted too early.')).status).toBe(200);
    const benReads = await api(firstReport, links.ben);
    expect(benReads.status).toBe(404);
    expect(await benReads.json()).toMatchObject({ reason: 'NOT_READY' });
    expect((await api(historyApiPath(room.id), links.ben)).status).toBe(404);
    // A rating in a session is given once.
    expect((await rate(links.ben, room.id, 4, 'On second thoughts…')).status).toBe(409);
    // Ann reads her own scorecard, but not Ben's rating of her.
    const annReads = (await (await api(firstReport, links.ann)).json()) as FeedbackReport;
    expect(annReads.scorecard.strengths).toBe('Ben found the map quickly.');
    expect(annReads.rating).toBeNull();
    expect(JSON.stringify(annReads)).not.toContain('hinted too early');
    expect(await status(links.ann)).toMatchObject({
      released: false,
      halves: [
        { half: 1, roomId: room.id, scorecard: true, rating: true },
        { half: 2, roomId: second, scorecard: false, rating: false },
      ],
    });

    // The second half: Ben interviewed Ann, Ann rates Ben.
    const ben2 = await t.join(inRoom(links.ben, second), 'Ben');
    const ann2 = await t.join(inRoom(links.ann, second), 'Ann');
    expect((await rate(links.ann, second, 5, 'Ben asked good questions.')).status).toBe(200);
    expect((await api(secondReport, links.ann)).status).toBe(404);
    expect(eventsOf(ann.timeline, 'feedbackReleased')).toHaveLength(0);
    expect(await ben2.ask(ClientEvent.submitScorecard, scorecard('Ann tested as she went.'))).toEqual({ ok: true });

    // All four are in: both halves' timelines say so, to everyone in either room.
    for (const peer of [ann, ben, ann2, ben2]) {
      await eventually(() => expect(eventsOf(peer.timeline, 'feedbackReleased')).toHaveLength(1));
    }
    expect(await status(links.ben)).toMatchObject({ released: true });
    const benFirst = (await (await api(firstReport, links.ben)).json()) as FeedbackReport;
    expect(benFirst.scorecard.strengths).toBe('Ben found the map quickly.');
    expect((await (await api(firstReport, links.ann)).json()) as FeedbackReport).toMatchObject({
      rating: { stars: 2, comment: 'Ann hinted too early.' },
    });
    expect((await (await api(secondReport, links.ann)).json()) as FeedbackReport).toMatchObject({
      scorecard: { strengths: 'Ann tested as she went.' },
      rating: { stars: 5 },
    });
    expect((await api(historyApiPath(room.id), links.ben)).status).toBe(200);
    expect((await api(historyApiPath(second), links.ann)).status).toBe(200);
    // Once released, what was written is final.
    expect((await rate(links.ben, room.id, 5, 'changed my mind')).status).toBe(409);
    // The observer reads neither.
    expect((await api(firstReport, room.links.observer)).status).toBe(403);
  });

  it('releases the feedback a day after the first submission, whatever is missing', async () => {
    const { room, ann } = await swappedSession();
    expect(await ann.ask(ClientEvent.submitScorecard, scorecard('Steady.'))).toEqual({ ok: true });
    const benReads = () => api(reportApiPath(room.id), room.links.candidate);
    expect((await benReads()).status).toBe(404);
    clock.advance(23 * 3_600_000);
    expect((await benReads()).status).toBe(404);
    clock.advance(3_600_000);
    expect((await benReads()).status).toBe(200);
  });

  it('refuses to start a second half once a planned session’s feedback is released by the clock', async () => {
    const room = await createRoom(t.server.url, { halves: HALVES });
    const ann = await t.join(room.links.interviewer, 'Ann');
    const ben = await t.join(room.links.candidate, 'Ben');
    expect(await ben.ask(ClientEvent.swap, { action: 'propose' })).toEqual({ ok: true });
    expect(await ann.ask(ClientEvent.submitScorecard, scorecard('Quick.'))).toEqual({ ok: true });
    // Sealed even before the swap: Ben has not scored Ann yet.
    expect((await api(reportApiPath(room.id), room.links.candidate)).status).toBe(404);
    clock.advance(SESSION_LIMITS.sealHours * 3_600_000);
    expect((await api(reportApiPath(room.id), room.links.candidate)).status).toBe(200);
    expect(await ann.ask(ClientEvent.swap, { action: 'accept' })).toMatchObject({ ok: false, reason: 'CONFLICT' });
  });
});
