import { ClientEvent, type CreateRoomResponse, type HintRecord, type ScorecardInput } from '@dryrun/shared';
import { expect } from 'vitest';
import { TWO_SUM } from './solutions.ts';
import type { PeerOptions, TestPeer } from './TestPeer.ts';
import { createRoom, eventually } from './testServer.ts';

/** Judging a submission and its complexity check, cold workers included, takes seconds. */
export const JUDGED = 30_000;

export interface InterviewSession {
  room: CreateRoomResponse;
  interviewer: TestPeer;
  candidate: TestPeer;
  hint: HintRecord;
  /** A scorecard citing every kind of evidence the session has, not yet submitted. */
  scorecard: ScorecardInput;
}

/**
 * A two-sum session over raw sockets: a note, two claims, an accepted submission and the
 * complexity check after it, a hint revealed; and a scorecard ready to submit.
 */
export async function interviewSession(
  serverUrl: string,
  join: (link: string, name: string, extra?: Partial<PeerOptions>) => Promise<TestPeer>,
): Promise<InterviewSession> {
  const room = await createRoom(serverUrl, { problemSlug: 'two-sum', title: 'Mock interview with Cara' });
  const interviewer = await join(room.links.interviewer, 'Ivy', { openPrivate: true });
  const candidate = await join(room.links.candidate, 'Cara');
  await eventually(() => expect(candidate.codeOf('two-sum').length).toBeGreaterThan(0));
  const code = candidate.codeOf('two-sum');
  candidate.doc.transact(() => {
    code.delete(0, code.length);
    code.insert(0, TWO_SUM);
  });
  expect(
    await candidate.ask(ClientEvent.note, {
      text: 'I will use a hash map <b>not</b> a loop.',
      tag: 'approach',
      line: 2,
    }),
  ).toEqual({ ok: true });
  expect(
    await candidate.ask(ClientEvent.claim, { time: 'O(n^2)', space: 'O(1)', reason: 'Two nested loops.' }),
  ).toEqual({ ok: true });
  expect(
    await candidate.ask(ClientEvent.claim, { time: 'O(n)', space: 'O(n)', reason: 'One pass, one map.', line: 2 }),
  ).toEqual({ ok: true });
  const submit = await candidate.runToEnd({ mode: 'submit' });
  expect(submit.report?.verdict).toBe('accepted');
  // An accepted submission is followed by a complexity check of the same code.
  const check = await candidate.followUpCheck(submit.id, JUDGED);
  expect(await interviewer.ask(ClientEvent.revealHint, { index: 0 })).toEqual({ ok: true });
  const hint = await eventually(() => {
    const [revealed] = candidate.hints;
    expect(revealed).toBeDefined();
    return revealed as HintRecord;
  });
  await eventually(() => expect(candidate.claims).toHaveLength(2));
  await eventually(() => expect(candidate.thinkAloud).toHaveLength(1));
  const [note] = candidate.thinkAloud;
  const claim = candidate.claims[1];
  const scorecard: ScorecardInput = {
    scores: {
      problemSolving: { score: 3, comment: '', evidence: [{ kind: 'hint', id: hint.id }] },
      coding: { score: 4, comment: 'Clean and idiomatic.\nGood names.', evidence: [] },
      verification: { score: 2, comment: 'Ran only the examples.', evidence: [{ kind: 'run', id: submit.id }] },
      communication: { score: 4, comment: '', evidence: [{ kind: 'note', id: note?.id ?? '' }] },
      complexity: {
        score: 3,
        comment: '',
        evidence: [
          { kind: 'claim', id: claim?.id ?? '' },
          { kind: 'run', id: check.id },
        ],
      },
    },
    recommendation: 'strong_yes',
    strengths: 'Clear plan before coding.',
    improve: 'Test the empty input <script>alert(1)</script>.',
  };
  return { room, interviewer, candidate, hint, scorecard };
}
