import { ClientEvent, ServerEvent } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/roomFixture.ts';
import { createRoom, eventually } from '../support/testServer.ts';

describe('changing your name in a room', () => {
  const t = useTestServer('pglite');

  it('shows the new name to everyone under the same participant, on cursors and on later facts', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const cara = await t.join(room.links.candidate, 'Cara');
    const ivy = await t.join(room.links.interviewer, 'Ivy');
    const id = cara.welcome.self.id;
    expect(await cara.ask(ClientEvent.note, { text: 'Before the change.' })).toEqual({ ok: true });

    expect(await cara.ask(ClientEvent.rename, { name: '  Cara  Lin ' })).toEqual({ ok: true });
    for (const peer of [cara, ivy]) {
      await eventually(() =>
        expect(peer.participants.filter((p) => p.id === id)).toEqual([
          expect.objectContaining({ id, name: 'Cara Lin', role: 'candidate' }),
        ]),
      );
    }
    // The renamer's entry is replaced, not added: the room still has two people.
    expect(ivy.participants).toHaveLength(2);

    // Their cursor is vouched under the new name, whatever the client claims.
    cara.awareness.setLocalState({ user: { name: 'Cara', role: 'candidate', color: '#000000' } });
    await eventually(() =>
      expect(ivy.awareness.getStates().get(cara.doc.clientID)).toMatchObject({ user: { name: 'Cara Lin' } }),
    );

    // What they did before keeps the name they had; what they do now carries the new one.
    expect(await cara.ask(ClientEvent.note, { text: 'After the change.' })).toEqual({ ok: true });
    await eventually(() => expect(ivy.thinkAloud).toHaveLength(2));
    expect(ivy.thinkAloud.map((note) => [note.text, note.by.name])).toEqual([
      ['Before the change.', 'Cara'],
      ['After the change.', 'Cara Lin'],
    ]);

    // Someone joining later sees the new name in their snapshot.
    const olga = await t.join(room.links.observer, 'Olga', { answerStep1: false });
    expect(olga.welcome.participants.find((p) => p.id === id)?.name).toBe('Cara Lin');
  });

  it('refuses a name that does not read, and changes nothing', async () => {
    const room = await createRoom(t.server.url);
    const cara = await t.join(room.links.candidate, 'Cara');
    const ivy = await t.join(room.links.interviewer, 'Ivy');
    const joinedBefore = ivy.received.filter(([event]) => event === ServerEvent.joined).length;
    const cases: Array<[unknown, string]> = [
      [{ name: '   ' }, 'a name needs at least one visible character'],
      [{ name: 'x'.repeat(60) }, 'a name is at most'],
      [{ name: 'x'.repeat(1000) }, 'a name is at most'],
      [{ name: 42 }, 'name'],
      [{ name: 'Cara', role: 'interviewer' }, ''],
      [null, ''],
    ];
    for (const [request, reason] of cases) {
      const reply = await cara.ask(ClientEvent.rename, request as { name: string });
      expect(reply).toMatchObject({ ok: false, reason: 'MALFORMED' });
      if (!reply.ok) expect(reply.message).toContain(reason);
    }
    // A role cannot be renamed into: the participant is who they were, and no one heard of it.
    expect(await ivy.ask(ClientEvent.note, { text: 'sync point' })).toEqual({ ok: true });
    await eventually(() => expect(cara.thinkAloud).toHaveLength(1));
    expect(ivy.received.filter(([event]) => event === ServerEvent.joined).length).toBe(joinedBefore);
    expect(ivy.participants.find((p) => p.id === cara.welcome.self.id)).toMatchObject({
      name: 'Cara',
      role: 'candidate',
    });
  });
});
