import { ClientEvent, LIMITS, PROTOCOL_VERSION } from '@dryrun/shared';
import * as encoding from 'lib0/encoding';
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { linkParts, useTestServer } from '../support/roomFixture.ts';
import { backends } from '../support/storage.ts';
import { JoinRefused, TestPeer } from '../support/TestPeer.ts';
import { createRoom, eventually } from '../support/testServer.ts';

describe.each(backends())('bad input on %s', (backend) => {
  const t = useTestServer(backend);

  async function refusal(options: Parameters<typeof TestPeer.connect>[1]) {
    const error = await TestPeer.connect(t.server.url, options).then(
      (peer) => {
        peer.close();
        throw new Error('join was accepted');
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(JoinRefused);
    return (error as JoinRefused).payload;
  }

  /** A second room that must keep syncing whatever the first one receives. */
  async function healthyRoom() {
    const room = await createRoom(t.server.url);
    const a = await t.join(room.links.candidate, 'A');
    const b = await t.join(room.links.interviewer, 'B');
    return {
      async stillSyncs(text: string) {
        a.code.insert(a.code.length, text);
        await eventually(() => expect(b.code.toString()).toContain(text));
      },
    };
  }

  it('refuses an unknown room, a wrong token and a malformed join', async () => {
    const room = await createRoom(t.server.url);
    const { token } = linkParts(room.links.candidate);
    expect(await refusal({ roomId: 'no-such-room', token })).toMatchObject({ reason: 'ROOM_NOT_FOUND' });
    expect(await refusal({ roomId: room.id, token: 'A'.repeat(22) })).toMatchObject({ reason: 'BAD_TOKEN' });
    expect(await refusal({ roomId: room.id, token, name: '   ' })).toMatchObject({ reason: 'MALFORMED' });
    expect(await refusal({ roomId: room.id, token, name: 'x'.repeat(LIMITS.maxNameLength + 1) })).toMatchObject({
      reason: 'MALFORMED',
    });

    const raw = io(t.server.url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      auth: { nonsense: true },
    });
    const error = await new Promise<Error & { data?: unknown }>((resolve) => raw.once('connect_error', resolve));
    raw.close();
    expect(error.data).toMatchObject({ reason: 'MALFORMED', message: expect.any(String) });
  });

  it('refuses the wrong protocol version in either direction', async () => {
    const room = await createRoom(t.server.url);
    const parts = linkParts(room.links.candidate);
    expect(await refusal({ ...parts, protocolVersion: PROTOCOL_VERSION - 1 })).toMatchObject({
      reason: 'CLIENT_TOO_OLD',
    });
    expect(await refusal({ ...parts, protocolVersion: PROTOCOL_VERSION + 1 })).toMatchObject({
      reason: 'SERVER_TOO_OLD',
    });
  });

  it('answers malformed frames with MALFORMED and keeps the room and the server up', async () => {
    const other = await healthyRoom();
    const room = await createRoom(t.server.url);
    const mallory = await t.join(room.links.candidate, 'Mallory');
    const bob = await t.join(room.links.interviewer, 'Bob');

    const bad: Array<[string, ...unknown[]]> = [
      [ClientEvent.sync, 'shared', new Uint8Array([])], // empty
      [ClientEvent.sync, 'shared', new Uint8Array([2, 50, 1, 2, 3])], // truncated update
      [ClientEvent.sync, 'shared', new Uint8Array([9, 0])], // unknown sync message type
      [ClientEvent.sync, 'shared', new Uint8Array([2, 4, 255, 255, 255, 255])], // garbage update bytes
      [ClientEvent.sync, 'nope', new Uint8Array([0, 0])], // unknown doc
      [ClientEvent.sync, 'shared', 'not binary'],
      [ClientEvent.sync],
      [ClientEvent.awareness, new Uint8Array([5, 1])],
      [ClientEvent.awareness, { json: true }],
      ['made:up', 1, 2, 3],
    ];
    for (const [event, ...args] of bad) mallory.emitRaw(event, ...args);
    await eventually(() => expect(mallory.rejections.length).toBe(bad.length));
    expect(new Set(mallory.rejections.map((r) => r.reason))).toEqual(new Set(['MALFORMED']));

    // Still connected, still syncing, and so is every other room.
    mallory.code.insert(0, 'fine');
    await eventually(() => expect(bob.code.toString()).toBe('fine'));
    await other.stillSyncs('other room ok');
  });

  it("refuses another participant's awareness state", async () => {
    const room = await createRoom(t.server.url);
    const mallory = await t.join(room.links.candidate, 'Mallory');
    const bob = await t.join(room.links.interviewer, 'Bob');
    const forged = encoding.createEncoder();
    encoding.writeVarUint(forged, 1);
    encoding.writeVarUint(forged, bob.doc.clientID);
    encoding.writeVarUint(forged, 99);
    encoding.writeVarString(forged, JSON.stringify({ user: { name: 'Not Bob' } }));
    mallory.emitRaw(ClientEvent.awareness, encoding.toUint8Array(forged));
    await eventually(() => expect(mallory.rejections).toContainEqual(expect.objectContaining({ reason: 'FORBIDDEN' })));
    expect(bob.awareness.getStates().get(bob.doc.clientID)).not.toMatchObject({ user: { name: 'Not Bob' } });
  });

  it('refuses an oversized frame with PAYLOAD_TOO_LARGE', async () => {
    const other = await healthyRoom();
    const room = await createRoom(t.server.url);
    const mallory = await t.join(room.links.candidate, 'Mallory');
    mallory.emitRaw(ClientEvent.sync, 'shared', new Uint8Array(LIMITS.maxFrameBytes + 1));
    await eventually(() =>
      expect(mallory.rejections).toContainEqual(expect.objectContaining({ reason: 'PAYLOAD_TOO_LARGE' })),
    );
    expect(mallory.socket.connected).toBe(true);
    await other.stillSyncs('after big frame');
  });

  it('rate-limits a flood, then disconnects it, while other rooms keep syncing', async () => {
    const other = await healthyRoom();
    const room = await createRoom(t.server.url);
    const mallory = await t.join(room.links.candidate, 'Mallory');
    const bob = await t.join(room.links.interviewer, 'Bob');
    const disconnected = new Promise<void>((resolve) => mallory.socket.once('disconnect', () => resolve()));
    for (let i = 0; i < LIMITS.frameBurst + LIMITS.maxRefusedEvents + 50; i++) mallory.code.insert(0, 'x');
    await eventually(() =>
      expect(mallory.rejections).toContainEqual(expect.objectContaining({ reason: 'RATE_LIMITED' })),
    );
    await disconnected;
    await other.stillSyncs('after flood');
    // What got through is consistent; the rest stayed on the flooder's side.
    expect(bob.code.length).toBeGreaterThan(0);
    expect(bob.code.length).toBeLessThan(mallory.code.length);
  });
});
