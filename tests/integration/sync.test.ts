import { ServerEvent } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/roomFixture.ts';
import { backends } from '../support/storage.ts';
import { createRoom, eventually } from '../support/testServer.ts';

describe.each(backends())('sync on %s', (backend) => {
  const t = useTestServer(backend);
  const join = t.join;

  it('two clients converge after concurrent edits', async () => {
    const room = await createRoom(t.server.url);
    const alice = await join(room.links.interviewer, 'Alice');
    const bob = await join(room.links.candidate, 'Bob');
    await eventually(() => expect(alice.synced && bob.synced).toBe(true));

    // Both type at once, many small edits, interleaved in time and position.
    for (let i = 0; i < 50; i++) {
      alice.code.insert(Math.floor(alice.code.length / 2), 'a');
      bob.code.insert(bob.code.length, 'b');
      if (i % 10 === 9) bob.code.delete(0, 1);
    }
    await eventually(() => {
      expect(alice.code.toString()).toBe(bob.code.toString());
      expect(alice.code.length).toBe(95);
    });
    expect([...alice.code.toString()].filter((c) => c === 'a').length).toBeGreaterThan(40);
  });

  it('a late joiner receives everything typed so far', async () => {
    const room = await createRoom(t.server.url);
    const alice = await join(room.links.candidate, 'Alice');
    alice.code.insert(0, 'function solve() {}');
    const carol = await join(room.links.observer, 'Carol', { answerStep1: false });
    await eventually(() => expect(carol.code.toString()).toBe('function solve() {}'));
  });

  it('offline edits on both sides merge when a client reconnects', async () => {
    const room = await createRoom(t.server.url);
    const alice = await join(room.links.candidate, 'Alice');
    alice.code.insert(0, 'shared\n');
    const bob = await join(room.links.interviewer, 'Bob');
    await eventually(() => expect(bob.code.toString()).toBe('shared\n'));

    alice.socket.disconnect();
    alice.code.insert(alice.code.length, 'offline edit\n');
    bob.code.insert(0, '// online edit\n');
    alice.socket.connect();
    await new Promise<void>((resolve) => alice.socket.once(ServerEvent.snapshot, () => resolve()));
    alice.sendStep1('shared');
    await eventually(() => {
      expect(bob.code.toString()).toBe('// online edit\nshared\noffline edit\n');
      expect(alice.code.toString()).toBe(bob.code.toString());
    });
  });

  it('lists participants with their roles and relays cursors', async () => {
    const room = await createRoom(t.server.url);
    const alice = await join(room.links.interviewer, 'Alice');
    const bob = await join(room.links.candidate, 'Bob');
    await eventually(() =>
      expect(alice.participants.map((p) => [p.name, p.role]).sort()).toEqual([
        ['Alice', 'interviewer'],
        ['Bob', 'candidate'],
      ]),
    );
    expect(new Set(alice.participants.map((p) => p.color)).size).toBe(2);

    bob.awareness.setLocalStateField('user', { name: 'Bob' });
    await eventually(() =>
      expect(alice.awareness.getStates().get(bob.doc.clientID)).toMatchObject({ user: { name: 'Bob' } }),
    );

    bob.close();
    await eventually(() => {
      expect(alice.participants.map((p) => p.name)).toEqual(['Alice']);
      expect(alice.awareness.getStates().has(bob.doc.clientID)).toBe(false);
    });
  });
});
