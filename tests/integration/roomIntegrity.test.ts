import { ClientEvent, codeText, type ErrorReason, padQuestion, SCRATCH_PROBLEM } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { useTestServer } from '../support/roomFixture.ts';
import { JoinRefused, type TestPeer } from '../support/TestPeer.ts';
import { createRoom, eventually } from '../support/testServer.ts';

/**
 * A hostile candidate, written from PROTOCOL.md with an ordinary client, tries to subvert the
 * room through Yjs itself: updates that would wait for an anchor someone else writes later,
 * items under another participant's client id, a cursor in someone else's name. Each is
 * refused, and afterwards the interviewer's edits and the server's facts still reach
 * everyone, observers and late joiners included.
 */
describe('a room no participant can subvert', () => {
  const t = useTestServer('pglite');

  async function pairRoom(problemSlug?: string) {
    const room = await createRoom(t.server.url, problemSlug ? { problemSlug } : {});
    const interviewer = await t.join(room.links.interviewer, 'Ivy', { openPrivate: true });
    const candidate = await t.join(room.links.candidate, 'Cara');
    const observer = await t.join(room.links.observer, 'Olga', { answerStep1: false });
    await eventually(() => expect(interviewer.synced && candidate.synced && observer.synced).toBe(true));
    interviewer.code.insert(0, 'let total = 0;\n');
    interviewer.question.insert(0, '# Sum a list\n');
    await eventually(() => {
      expect(candidate.code.toString()).toBe('let total = 0;\n');
      expect(candidate.question.toString()).toBe('# Sum a list\n');
    });
    return { room, interviewer, candidate, observer };
  }

  /** A copy of what `peer` has of one doc, about to write as `clientId`. */
  function forgery(peer: TestPeer, clientId: number, doc: 'shared' | 'question' = 'shared'): Y.Doc {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(peer.docs[doc]));
    copy.clientID = clientId;
    return copy;
  }

  async function refused(peer: TestPeer, reason: ErrorReason, send: () => void): Promise<void> {
    const before = peer.rejections.length;
    send();
    await eventually(() => expect(peer.rejections.slice(before)).toContainEqual(expect.objectContaining({ reason })));
  }

  /** The interviewer types, adds a note; everyone (and a late joiner) gets both, and nothing forged. */
  async function roomStillHolds(
    { room, interviewer, candidate, observer }: Awaited<ReturnType<typeof pairRoom>>,
    forged: string,
  ) {
    interviewer.code.insert(interviewer.code.length, 'total += 1;\n');
    interviewer.question.insert(interviewer.question.length, 'Return the sum.\n');
    expect(await interviewer.ask(ClientEvent.note, { text: 'Asked about empty input' })).toEqual({ ok: true });
    const late = await t.join(room.links.observer, 'Late', { answerStep1: false });
    for (const peer of [candidate, observer, late]) {
      await eventually(() => {
        expect(peer.code.toString()).toBe(interviewer.code.toString());
        expect(peer.question.toString()).toBe(interviewer.question.toString());
        expect(peer.thinkAloud.map((n) => [n.text, n.by])).toContainEqual([
          'Asked about empty input',
          { name: 'Ivy', role: 'interviewer' },
        ]);
      });
      expect(peer.code.toString()).not.toContain(forged);
      expect(peer.question.toString()).not.toContain(forged);
    }
    expect(interviewer.code.toString()).toBe('let total = 0;\ntotal += 1;\n');
  }

  it('refuses an insert anchored on what the interviewer types next (deferred forgery)', async () => {
    const room = await pairRoom();
    const { interviewer, candidate } = room;
    // The forger writes the interviewer's next character in a copy, then its own text after
    // it, and sends only its own: the server lacks the anchor, and must not wait for it.
    const copy = forgery(candidate, interviewer.doc.clientID);
    const text = codeText(copy, SCRATCH_PROBLEM, 'javascript');
    text.insert(text.length, 't');
    copy.clientID = candidate.doc.clientID;
    const anchored = Y.encodeStateVector(copy);
    text.insert(text.length, '/* FORGED */');
    await refused(candidate, 'OUT_OF_SYNC', () =>
      candidate.sendUpdate('shared', Y.encodeStateAsUpdate(copy, anchored)),
    );
    await roomStillHolds(room, 'FORGED');
  });

  it("refuses a delete of the interviewer's next character before it exists (deferred delete)", async () => {
    const room = await pairRoom();
    const { interviewer, candidate } = room;
    const copy = forgery(candidate, interviewer.doc.clientID);
    const text = codeText(copy, SCRATCH_PROBLEM, 'javascript');
    text.insert(text.length, 't');
    text.delete(text.length - 1, 1);
    copy.clientID = candidate.doc.clientID;
    // No new items: only the delete set, which names the interviewer's next clock.
    await refused(candidate, 'OUT_OF_SYNC', () =>
      candidate.sendUpdate('shared', Y.encodeStateAsUpdate(copy, Y.encodeStateVector(copy))),
    );
    await roomStillHolds(room, 'FORGED');
  });

  it("refuses a candidate's edit of the question, anchored or not (deferred question edit)", async () => {
    const room = await pairRoom();
    const { interviewer, candidate } = room;
    const copy = forgery(candidate, interviewer.doc.clientID, 'question');
    padQuestion(copy).insert(padQuestion(copy).length, '\n');
    copy.clientID = candidate.doc.clientID;
    const anchored = Y.encodeStateVector(copy);
    padQuestion(copy).insert(padQuestion(copy).length, 'FORGED: the answer is 42');
    await refused(candidate, 'FORBIDDEN', () =>
      candidate.sendUpdate('question', Y.encodeStateAsUpdate(copy, anchored)),
    );
    const plain = forgery(candidate, candidate.doc.clientID, 'question');
    const unanchored = Y.encodeStateVector(plain);
    padQuestion(plain).insert(0, 'FORGED ');
    await refused(candidate, 'FORBIDDEN', () =>
      candidate.sendUpdate('question', Y.encodeStateAsUpdate(plain, unanchored)),
    );
    await roomStillHolds(room, 'FORGED');
  });

  it("refuses items under the interviewer's client id (client-id squatting)", async () => {
    const room = await pairRoom();
    const { interviewer, candidate } = room;
    // 5,000 characters one clock ahead of the interviewer: were they taken, every later edit
    // of the interviewer would be dropped everywhere as a duplicate.
    const copy = forgery(candidate, interviewer.doc.clientID);
    const before = Y.encodeStateVector(copy);
    codeText(copy, SCRATCH_PROBLEM, 'javascript').insert(0, `/* FORGED ${'x'.repeat(5000)} */`);
    await refused(candidate, 'FORBIDDEN', () => candidate.sendUpdate('shared', Y.encodeStateAsUpdate(copy, before)));
    const squatQuestion = forgery(candidate, interviewer.doc.clientID, 'question');
    const beforeQuestion = Y.encodeStateVector(squatQuestion);
    padQuestion(squatQuestion).insert(0, 'FORGED');
    await refused(candidate, 'FORBIDDEN', () =>
      candidate.sendUpdate('question', Y.encodeStateAsUpdate(squatQuestion, beforeQuestion)),
    );
    await roomStillHolds(room, 'FORGED');
  });

  it("refuses a join with another participant's client id, and a cursor in another's name (cursor hijack)", async () => {
    const room = await pairRoom();
    const { interviewer, candidate, observer } = room;
    const ivy = interviewer.doc.clientID;
    for (const link of [room.room.links.candidate, room.room.links.observer]) {
      const attempt = t.join(link, 'Mallory', { clientId: ivy });
      await expect(attempt).rejects.toBeInstanceOf(JoinRefused);
      await expect(attempt).rejects.toMatchObject({ payload: { reason: 'CLIENT_ID_TAKEN' } });
    }
    // Still the interviewer's after they leave: the id is the interviewer link's.
    interviewer.close();
    await eventually(() => expect(observer.participants.map((p) => p.name)).not.toContain('Ivy'));
    await expect(t.join(room.room.links.candidate, 'Mallory', { clientId: ivy })).rejects.toMatchObject({
      payload: { reason: 'CLIENT_ID_TAKEN' },
    });
    // An awareness frame for another client id is refused; one's own is shown under one's own name.
    const spoof = new awarenessProtocol.Awareness(new Y.Doc());
    spoof.doc.clientID = ivy;
    spoof.clientID = ivy;
    spoof.setLocalState({ user: { name: 'Ivy', role: 'interviewer', color: '#e5484d' } });
    await refused(candidate, 'FORBIDDEN', () =>
      candidate.emitRaw(ClientEvent.awareness, awarenessProtocol.encodeAwarenessUpdate(spoof, [ivy])),
    );
    candidate.awareness.setLocalState({ user: { name: 'Ivy', role: 'interviewer', color: '#000000' } });
    const me = candidate.snapshot.self;
    await eventually(() =>
      expect(observer.awareness.getStates().get(candidate.doc.clientID)).toEqual({
        user: { name: me.name, role: 'candidate', color: me.color },
      }),
    );
    expect(observer.awareness.getStates().has(ivy)).toBe(false);
  });

  it("shows no observer's cursor: an observer's awareness is refused", async () => {
    const { interviewer, candidate, observer } = await pairRoom();
    await refused(observer, 'FORBIDDEN', () =>
      observer.awareness.setLocalState({ user: { name: 'Otto', role: 'observer', color: '#000000' } }),
    );
    candidate.awareness.setLocalState({ user: { name: 'Cara', role: 'candidate', color: '#000000' } });
    await eventually(() => expect(interviewer.awareness.getStates().has(candidate.doc.clientID)).toBe(true));
    expect(interviewer.awareness.getStates().has(observer.doc.clientID)).toBe(false);
  });

  it('seeds starter code whatever a participant writes in the settings (seeding switch)', async () => {
    const room = await pairRoom();
    const { interviewer, candidate, observer } = room;
    candidate.doc.getMap('settings').set('seeded/lru-cache', true);
    await eventually(() => expect(observer.doc.getMap('settings').get('seeded/lru-cache')).toBe(true));
    expect(await interviewer.ask(ClientEvent.setProblem, { slug: 'lru-cache' })).toEqual({ ok: true });
    for (const peer of [interviewer, candidate, observer]) {
      await eventually(() => expect(peer.codeOf('lru-cache').toString()).toContain('class LRUCache'));
    }
    expect(observer.timeline.map((e) => e.kind)).toContain('seeded');
  });

  it('keeps facts off the documents: a write outside the layout is refused', async () => {
    const room = await pairRoom();
    const { candidate } = room;
    await refused(candidate, 'FORBIDDEN', () =>
      candidate.doc.getArray('thinkAloud').push([{ text: 'FORGED: the interviewer said I passed' }]),
    );
    await roomStillHolds(room, 'FORGED');
  });
});
