import {
  ClientEvent,
  codeText,
  type ErrorReason,
  LIMITS,
  SCRATCH_PROBLEM,
  step1Of,
  updateFrameOf,
  writeAwarenessFrame,
} from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useTestServer } from '../support/roomFixture.ts';
import { createRoom, eventually } from '../support/testServer.ts';

/** Refusals a client's bad frame may get; `INTERNAL` would be a server fault. */
const CLIENT_FAULTS: readonly ErrorReason[] = ['MALFORMED', 'FORBIDDEN', 'OUT_OF_SYNC', 'PAYLOAD_TOO_LARGE'];

/** A small seeded generator, so that a failure can be run again exactly. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
    bytes: (n: number) => Uint8Array.from({ length: n }, () => int(256)),
  };
}

describe('fuzzed sync and awareness frames', () => {
  const t = useTestServer('pglite');

  it('are each refused with a reason that names the client, never INTERNAL, and the room keeps syncing', async () => {
    const other = await createRoom(t.server.url);
    const otherA = await t.join(other.links.candidate, 'A');
    const otherB = await t.join(other.links.interviewer, 'B');
    const room = await createRoom(t.server.url);
    const fuzzer = await t.join(room.links.candidate, 'Fuzz');
    const ivy = await t.join(room.links.interviewer, 'Ivy');
    await eventually(() => expect(fuzzer.synced && ivy.synced).toBe(true));
    ivy.code.insert(0, 'const ok = true;\n');
    await eventually(() => expect(fuzzer.code.toString()).toBe('const ok = true;\n'));

    const random = generator(20261207);
    // Valid frames to start from: the fuzzer's own edits (not applied to its doc), step 1.
    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(fuzzer.doc));
    scratch.clientID = fuzzer.doc.clientID;
    const before = Y.encodeStateVector(scratch);
    codeText(scratch, SCRATCH_PROBLEM, 'javascript').insert(3, 'fuzz');
    const validUpdate = updateFrameOf(Y.encodeStateAsUpdate(scratch, before));
    const validStep1 = step1Of(scratch);
    const me = fuzzer.doc.clientID;
    const someoneElse = ivy.doc.clientID;
    const states = [
      '{"user":',
      '',
      'nul',
      '[]',
      '"text"',
      '{"selection":{"anchor":1,"head":2}}',
      '{"selection":{"anchor":{"type":null,"tname":"x","item":null,"assoc":0}}}',
      '{"selection":{"anchor":{},"head":{}}}',
      '{"selections":[{"anchor":{"tname":"junk"},"head":{"assoc":0}}]}',
      '{"cursor":{"x":1}}',
      `{"selections":[${Array.from({ length: LIMITS.maxSelections + 1 }, () => 'null').join(',')}]}`,
      `{"user":"${'x'.repeat(LIMITS.maxAwarenessStateBytes)}"}`,
      '\u0000\uffff',
    ];

    const mutate = (frame: Uint8Array): Uint8Array => {
      switch (random.int(4)) {
        case 0:
          return frame.slice(0, random.int(frame.length));
        case 1: {
          const copy = Uint8Array.from(frame);
          for (let i = 0; i < 1 + random.int(3); i++) copy[random.int(copy.length)] = random.int(256);
          return copy;
        }
        case 2:
          return Uint8Array.of(...frame, ...random.bytes(1 + random.int(8)));
        default:
          return random.bytes(random.int(40));
      }
    };
    const frames: Array<() => void> = [
      () => fuzzer.emitRaw(ClientEvent.sync, 'shared', mutate(validUpdate)),
      () => fuzzer.emitRaw(ClientEvent.sync, 'shared', mutate(validStep1)),
      () => fuzzer.emitRaw(ClientEvent.sync, random.pick(['private', 'question'] as const), validUpdate),
      () =>
        fuzzer.emitRaw(ClientEvent.awareness, mutate(writeAwarenessFrame([{ clientId: me, clock: 1, state: '{}' }]))),
      () =>
        fuzzer.emitRaw(
          ClientEvent.awareness,
          writeAwarenessFrame([{ clientId: me, clock: 1 + random.int(5), state: random.pick(states) }]),
        ),
      () =>
        fuzzer.emitRaw(ClientEvent.awareness, writeAwarenessFrame([{ clientId: someoneElse, clock: 9, state: '{}' }])),
      // Truncated varints: every byte says "more follows".
      () => fuzzer.emitRaw(ClientEvent.awareness, new Uint8Array(1 + random.int(12)).fill(0xff)),
      () => fuzzer.emitRaw(ClientEvent.sync, 'shared', new Uint8Array(1 + random.int(12)).fill(0xff)),
    ];
    const sent = 200;
    for (let i = 0; i < sent; i++) random.pick(frames)();
    // The server handles a socket's events in order: once this is answered, all were handled.
    expect(await fuzzer.ask(ClientEvent.note, { text: 'still here' })).toEqual({ ok: true });

    const reasons = new Set(fuzzer.rejections.map((r) => r.reason));
    expect([...reasons].filter((r) => !CLIENT_FAULTS.includes(r))).toEqual([]);
    // Nearly every frame is refused (a mutation may leave a frame that still reads).
    expect(fuzzer.rejections.length).toBeGreaterThan(sent * 0.8);
    expect(fuzzer.socket.connected).toBe(true);

    // The room keeps syncing, both ways, and so does another room.
    ivy.code.insert(ivy.code.length, '// after the fuzz\n');
    await eventually(() => expect(fuzzer.code.toString()).toContain('// after the fuzz'));
    fuzzer.code.insert(0, '// the fuzzer types\n');
    await eventually(() => expect(ivy.code.toString()).toContain('// the fuzzer types'));
    await eventually(() => expect(ivy.thinkAloud.map((n) => n.text)).toEqual(['still here']));
    otherA.code.insert(0, 'other room');
    await eventually(() => expect(otherB.code.toString()).toBe('other room'));
  });
});
