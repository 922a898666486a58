import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/roomFixture.ts';
import { backends } from '../support/storage.ts';
import { createRoom, eventually } from '../support/testServer.ts';

describe.each(backends())('roles on %s', (backend) => {
  const t = useTestServer(backend);

  it("refuses an observer's edit and keeps it from everyone else", async () => {
    const room = await createRoom(t.server.url);
    const alice = await t.join(room.links.candidate, 'Alice');
    alice.code.insert(0, 'original');
    const olga = await t.join(room.links.observer, 'Olga', { answerStep1: false });
    await eventually(() => expect(olga.code.toString()).toBe('original'));

    olga.code.insert(0, 'HACKED ');
    await eventually(() =>
      expect(olga.rejections).toContainEqual(expect.objectContaining({ reason: 'FORBIDDEN', event: 'y:sync' })),
    );

    // The server's copy is untouched: a new participant sees only the candidate's text.
    const bob = await t.join(room.links.interviewer, 'Bob');
    await eventually(() => expect(bob.code.toString()).toBe('original'));
    alice.code.insert(8, '!');
    await eventually(() => expect(bob.code.toString()).toBe('original!'));
    expect(alice.code.toString()).toBe('original!');
  });

  it('gives the private doc to interviewers only', async () => {
    const room = await createRoom(t.server.url);
    const ivy = await t.join(room.links.interviewer, 'Ivy', { openPrivate: true });
    ivy.notes.insert(0, 'Candidate jumped to code without clarifying.');
    const ivan = await t.join(room.links.interviewer, 'Ivan', { openPrivate: true });
    await eventually(() => expect(ivan.notes.toString()).toBe('Candidate jumped to code without clarifying.'));

    for (const link of [room.links.candidate, room.links.observer]) {
      const peer = await t.join(link, 'Nosy', { openPrivate: true });
      await eventually(() =>
        expect(peer.rejections).toContainEqual(expect.objectContaining({ reason: 'FORBIDDEN', event: 'y:sync' })),
      );
      // A private edit made while they are connected does not reach them either.
      ivy.notes.insert(0, '+');
      await eventually(() => expect(ivan.notes.toString().startsWith('+')).toBe(true));
      expect(peer.receivedPrivateFrames).toEqual([]);
      expect(peer.notes.toString()).toBe('');
      // Writing to it is refused as well.
      peer.notes.insert(0, 'forged note');
      await eventually(() =>
        expect(peer.rejections.filter((r) => r.reason === 'FORBIDDEN').length).toBeGreaterThanOrEqual(2),
      );
      expect(ivan.notes.toString()).not.toContain('forged');
    }
  });

  it('tells each participant their role', async () => {
    const room = await createRoom(t.server.url);
    for (const role of ['interviewer', 'candidate', 'observer'] as const) {
      const peer = await t.join(room.links[role], role);
      expect(peer.welcome.role).toBe(role);
      expect(peer.welcome.self).toMatchObject({ name: role, role });
    }
  });
});
