import { ClientEvent, padQuestion } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/roomFixture.ts';
import { createRoom, eventually } from '../support/testServer.ts';

describe('a blank pad', () => {
  const t = useTestServer('pglite');

  it("shows the interviewer's question to everyone, live, and takes it from interviewers only", async () => {
    const room = await createRoom(t.server.url);
    const interviewer = await t.join(room.links.interviewer, 'Ivy');
    const candidate = await t.join(room.links.candidate, 'Cara');
    const observer = await t.join(room.links.observer, 'Olga', { answerStep1: false });
    await eventually(() => expect(candidate.synced && observer.synced).toBe(true));

    padQuestion(interviewer.doc).insert(0, '# Reverse a list\n\nWrite `reverse(list)`.');
    for (const peer of [candidate, observer]) {
      await eventually(() => expect(padQuestion(peer.doc).toString()).toContain('Write `reverse(list)`.'));
    }
    // The interviewer may change it during the session.
    padQuestion(interviewer.doc).insert(padQuestion(interviewer.doc).length, ' In place.');
    await eventually(() => expect(padQuestion(candidate.doc).toString()).toContain('In place.'));

    // A candidate's edit of the question is refused, and never reaches anyone.
    padQuestion(candidate.doc).insert(0, 'EASY: ');
    await eventually(() =>
      expect(candidate.rejections.at(-1)).toMatchObject({ reason: 'FORBIDDEN', event: ClientEvent.sync }),
    );
    const late = await t.join(room.links.observer, 'Late', { answerStep1: false });
    await eventually(() => expect(late.synced).toBe(true));
    expect(padQuestion(late.doc).toString()).toBe('# Reverse a list\n\nWrite `reverse(list)`. In place.');
    expect(padQuestion(interviewer.doc).toString()).not.toContain('EASY');

    // The room carries on for the interviewer.
    interviewer.code.insert(0, 'console.log(1)');
    await eventually(() => expect(observer.code.toString()).toBe('console.log(1)'));
  });
});
